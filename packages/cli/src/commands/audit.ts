// `fieldpolicy audit`: read out the audit trail (`export`), delete what is past each field's
// retention (`purge`), and report exceptions answered after their due time (`late`).

import { once } from "node:events";
import {
  StoreError,
  formatAuditCsvHeader,
  formatAuditCsvLine,
  planPurge,
  summarizeLateness,
  type AuditFilter,
  type PurgeCount,
} from "@fieldpolicy/store";
import { Option, type Command } from "commander";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes";
import { STORE_OPTION_HELP, STORE_OUTPUT_FORMATS, parseTimeOption, runStoreAction, withStore } from "./queue";
import { loadPolicyOption } from "./runtime-options";

const EXPORT_FORMATS = ["jsonl", "csv"] as const;

interface ExportOptions {
  since?: string;
  field?: string;
  record?: string;
  format?: (typeof EXPORT_FORMATS)[number];
  store?: string;
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) {
    await once(process.stdout, "drain");
  }
}

async function runExport(options: ExportOptions): Promise<number> {
  if (options.format === undefined) {
    throw new StoreError("Pass --format jsonl or --format csv.", EXIT_USAGE);
  }
  const filter: AuditFilter = {
    ...(options.since === undefined ? {} : { since: parseTimeOption(options.since, "--since") }),
    ...(options.field === undefined ? {} : { field: options.field }),
    ...(options.record === undefined ? {} : { record: options.record }),
  };
  const csv = options.format === "csv";

  await withStore(options.store, async (store) => {
    if (csv) {
      await write(formatAuditCsvHeader());
    }
    for await (const entry of store.exportAudit(filter)) {
      await write(csv ? formatAuditCsvLine(entry) : `${JSON.stringify(entry)}\n`);
    }
  });
  return EXIT_OK;
}

interface PurgeOptions {
  policy: string;
  now?: string;
  dryRun?: boolean;
  store?: string;
  format: (typeof STORE_OUTPUT_FORMATS)[number];
}

async function runPurge(options: PurgeOptions): Promise<number> {
  const now = parseTimeOption(options.now, "--now");
  const policy = await loadPolicyOption(options.policy);
  const cutoffs = planPurge(policy, now);
  const dryRun = options.dryRun === true;

  const { counts, unknownFields } = await withStore(options.store, async (store) => {
    const declared = new Set(cutoffs.map((cutoff) => cutoff.field));
    const unknown = (await store.listAuditFields()).filter((field) => !declared.has(field));
    return { counts: await store.purgeAudit(cutoffs, dryRun), unknownFields: unknown };
  });

  if (options.format === "json") {
    process.stdout.write(
      `${JSON.stringify({ now, dryRun, fields: counts, keptUnknownFields: unknownFields }, null, 2)}\n`,
    );
    return EXIT_OK;
  }
  const verb = dryRun ? "would delete" : "deleted";
  const total = counts.reduce((sum: number, count: PurgeCount) => sum + count.entries, 0);
  const lines = counts.map(
    (count) =>
      `${count.field}: ${verb} ${count.entries} ${count.entries === 1 ? "entry" : "entries"} older than ${count.before} (${policy.fields[count.field]?.audit.retentionDays ?? "?"} days)`,
  );
  lines.push(
    `${dryRun ? "Dry run: would delete" : "Deleted"} ${total} audit ${total === 1 ? "entry" : "entries"} in all.`,
  );
  lines.push("Entries of exceptions that are still open were kept, whatever their age.");
  if (unknownFields.length > 0) {
    lines.push(`Kept every entry of fields the policy does not declare: ${unknownFields.join(", ")}.`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

interface LateOptions {
  queue?: string;
  now?: string;
  store?: string;
  format: (typeof STORE_OUTPUT_FORMATS)[number];
}

async function runLate(options: LateOptions): Promise<number> {
  const now = parseTimeOption(options.now, "--now");
  const report = summarizeLateness(
    await withStore(options.store, (store) => store.listLateCandidates(now, options.queue)),
    now,
  );

  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify({ now, queues: report }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (report.length === 0) {
    process.stdout.write("No answered or overdue exceptions.\n");
    return EXIT_OK;
  }
  const lines: string[] = [];
  for (const queue of report) {
    lines.push(
      `${queue.queue}: ${queue.resolvedLate} of ${queue.resolved} answered late, ${queue.openOverdue} open past due`,
    );
    for (const late of queue.late) {
      const answer =
        late.resolvedAt === null ? "still open" : `answered ${late.resolvedAt} by ${late.resolvedBy ?? "?"}`;
      lines.push(`  ${late.id}  ${late.field}  ${late.record}  due ${late.dueBy}  ${answer}  ${late.hoursLate} h late`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

function formatOption(): Option {
  return new Option("--format <format>", "output format").choices(STORE_OUTPUT_FORMATS).default("text");
}

/** Adds `audit` with its `export`, `purge` and `late` subcommands to the program. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("Export, purge and report on the audit trail of decisions.");

  audit
    .command("export")
    .description("Write audit entries, ordered by event time, to standard output.")
    .option("--since <iso>", "only entries with an event time at or after this ISO 8601 time")
    .option("--field <key>", "only entries of this field (a key of the policy's fields)")
    .option("--record <id>", "only entries of this record")
    .addOption(
      new Option("--format <format>", "jsonl (one JSON object per line) or csv (RFC 4180, CRLF line ends)").choices(
        EXPORT_FORMATS,
      ),
    )
    .option("--store <location>", STORE_OPTION_HELP)
    .action((options: ExportOptions) => runStoreAction("audit export", () => runExport(options)));

  audit
    .command("purge")
    .description(
      "Delete audit entries older than their field's audit.retentionDays. An entry exactly at the cutoff is kept, and so are entries of fields the policy does not declare and of exceptions still open.",
    )
    .requiredOption(
      "--policy <file>",
      "policy file (*.policy.ts), or the ir.json that `fieldpolicy build` wrote, whose retention applies",
    )
    .option("--now <iso>", "clock the retention counts back from, as ISO 8601 (default: the current time)")
    .option("--dry-run", "count what would be deleted and delete nothing")
    .option("--store <location>", STORE_OPTION_HELP)
    .addOption(formatOption())
    .action((options: PurgeOptions) => runStoreAction("audit purge", () => runPurge(options)));

  audit
    .command("late")
    .description("Report, per queue, exceptions answered after their due time and open ones past it.")
    .option("--queue <name>", "only this queue")
    .option(
      "--now <iso>",
      "clock that decides which open exceptions are past due, as ISO 8601 (default: the current time)",
    )
    .option("--store <location>", STORE_OPTION_HELP)
    .addOption(formatOption())
    .action((options: LateOptions) => runStoreAction("audit late", () => runLate(options)));
}
