// `fieldpolicy queue`: work the exception queue that `fieldpolicy resolve --store` fills. `list`
// and `show` read it. `resolve` closes an exception and records who decided what in the audit
// trail. It then prints the writes that bring each system to the chosen value in its own encoding.

import { existsSync, readFileSync } from "node:fs";
import type { PolicyIR } from "@fieldpolicy/core";
import {
  buildPlaceholderSet,
  checkUserDirectory,
  encodeValue,
  normalizeValue,
  type UserDirectory,
} from "@fieldpolicy/runtime";
import {
  DEFAULT_STORE_LOCATION,
  StoreError,
  openStore,
  planResolution,
  toStoredTime,
  type DecisionStore,
  type DecodeFromSystem,
  type EncodeForSystem,
  type StoredAuditEntry,
  type StoredException,
} from "@fieldpolicy/store";
import { Option, type Command } from "commander";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "../exit-codes";
import { loadPolicyOption, UsageError } from "./runtime-options";

/** Help text of the `--store` option, shared by every command that opens the store. */
export const STORE_OPTION_HELP = `SQLite file path or postgres:// URL of the store (default: $FIELDPOLICY_STORE, else ${DEFAULT_STORE_LOCATION})`;

/** Output formats of the store commands. */
export const STORE_OUTPUT_FORMATS = ["text", "json"] as const;

/** Picks the store location: the option, else $FIELDPOLICY_STORE, else the default file. */
export function chooseStoreLocation(option: string | undefined): string {
  return option ?? process.env["FIELDPOLICY_STORE"] ?? DEFAULT_STORE_LOCATION;
}

/**
 * Opens an existing store for a command that reads or works it. A missing SQLite file is an
 * error rather than a new empty store, so that a mistyped path does not show an empty queue.
 */
export async function openExistingStore(option: string | undefined): Promise<DecisionStore> {
  const location = chooseStoreLocation(option);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !existsSync(location)) {
    throw new StoreError(
      `No store at ${location}. Record decisions first with \`fieldpolicy resolve --policy FILE --store ${location}\`, or pass the store's path or URL with --store.`,
      EXIT_USAGE,
    );
  }
  return openStore(location);
}

/**
 * Parses an ISO 8601 `--now`-style option as the store compares it, defaulting to the current
 * time. A date that does not exist, such as 2026-02-30, is rejected rather than rolled over.
 */
export function parseTimeOption(text: string | undefined, option: string): string {
  if (text === undefined) {
    return new Date().toISOString();
  }
  const time = toStoredTime(text);
  if (time === null) {
    throw new StoreError(
      `${option} ${JSON.stringify(text)} is not an ISO 8601 time; write it like 2026-12-04T15:00:00Z.`,
      EXIT_USAGE,
    );
  }
  return time;
}

/**
 * Runs a store command's action. A StoreError (bad input, unknown id, unreachable store) or a
 * UsageError (a missing or invalid --policy) is printed as one line with its exit code, and
 * anything else is an internal error with its stack.
 */
export async function runStoreAction(command: string, action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (error) {
    if (error instanceof StoreError || error instanceof UsageError) {
      process.stderr.write(`fieldpolicy ${command}: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      reportInternalError(error);
    }
  }
}

/** Closes the store after `work`, also when it fails. */
export async function withStore<T>(option: string | undefined, work: (store: DecisionStore) => Promise<T>): Promise<T> {
  const store = await openExistingStore(option);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function formatValue(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Formats an audit entry's time, naming an invalid event time as the change sent it. */
export function formatAuditTime(entry: StoredAuditEntry): string {
  if (entry.invalidEventTime === null) {
    return entry.at;
  }
  return `invalid time ${JSON.stringify(entry.invalidEventTime)} (recorded ${entry.at})`;
}

function formatExceptionLine(exception: StoredException, now: string): string {
  const overdue = exception.status === "open" && exception.dueBy < now ? "  OVERDUE" : "";
  return `${exception.id}  ${exception.queue}  ${exception.field}  ${exception.record}  ${exception.trigger}  due ${exception.dueBy}  ${exception.status}${overdue}`;
}

interface ListOptions {
  queue?: string;
  overdue?: boolean;
  all?: boolean;
  store?: string;
  now?: string;
  format: (typeof STORE_OUTPUT_FORMATS)[number];
}

async function runList(options: ListOptions): Promise<number> {
  const now = parseTimeOption(options.now, "--now");
  const exceptions = await withStore(options.store, (store) =>
    store.listExceptions({
      ...(options.queue === undefined ? {} : { queue: options.queue }),
      ...(options.overdue === true ? { overdueAt: now } : options.all === true ? {} : { status: "open" as const }),
    }),
  );

  if (options.format === "json") {
    process.stdout.write(
      `${JSON.stringify(
        exceptions.map((exception) => ({
          ...exception,
          overdue: exception.status === "open" && exception.dueBy < now,
        })),
        null,
        2,
      )}\n`,
    );
    return EXIT_OK;
  }
  if (exceptions.length === 0) {
    process.stdout.write(options.overdue === true ? "No overdue exceptions.\n" : "No exceptions.\n");
    return EXIT_OK;
  }
  for (const exception of exceptions) {
    process.stdout.write(`${formatExceptionLine(exception, now)}\n`);
  }
  return EXIT_OK;
}

interface ShowOptions {
  store?: string;
  now?: string;
  format: (typeof STORE_OUTPUT_FORMATS)[number];
}

async function runShow(id: string, options: ShowOptions): Promise<number> {
  const now = parseTimeOption(options.now, "--now");
  const { exception, audit } = await withStore(options.store, async (store) => ({
    exception: await store.getException(id),
    audit: await store.listDecisionAudit(id),
  }));
  if (exception === null) {
    throw new StoreError(
      `No exception with id ${id}. List the open ones with \`fieldpolicy queue list\`.`,
      EXIT_INPUT_ERRORS,
    );
  }

  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify({ ...exception, audit }, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = [
    formatExceptionLine(exception, now),
    `  reason: ${exception.reason}`,
    `  interim value: ${formatValue(exception.interimValue)} from ${exception.interimSource}`,
    ...(exception.status === "resolved"
      ? [
          `  resolved: ${formatValue(exception.resolvedValue)} by ${exception.resolvedBy ?? "?"} at ${exception.resolvedAt ?? "?"}${exception.note === null ? "" : ` (${exception.note})`}`,
        ]
      : []),
    "  audit:",
    ...audit.map(
      (entry) =>
        `    ${entry.seq}  ${formatAuditTime(entry)}  ${entry.system}  ${entry.actor}  ${formatValue(entry.oldValue)} -> ${formatValue(entry.newValue)}  ${entry.disposition}  ${entry.reason}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

interface ResolveOptions {
  accept?: string;
  value?: string;
  by?: string;
  note?: string;
  policy: string;
  users?: string;
  store?: string;
  now?: string;
  format: (typeof STORE_OUTPUT_FORMATS)[number];
}

function loadUsersOption(file: string | undefined): UserDirectory | undefined {
  if (file === undefined) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new StoreError(`--users ${file} cannot be read as JSON: ${(error as Error).message}`, EXIT_USAGE);
  }
  const check = checkUserDirectory(parsed);
  if (!check.ok) {
    throw new StoreError(`--users ${file}: ${check.message}`, EXIT_INPUT_ERRORS);
  }
  return check.directory;
}

function createEncoder(policy: PolicyIR, fieldKey: string, users: UserDirectory | undefined): EncodeForSystem {
  return (value, system) => {
    const field = policy.fields[fieldKey];
    const kind = policy.systems[system]?.kind;
    if (field === undefined || kind === undefined) {
      return { ok: false, reason: "unknownSystem" };
    }
    return encodeValue(value as Parameters<typeof encodeValue>[0], { field, system, systemKind: kind, users });
  };
}

function createDecoder(policy: PolicyIR, fieldKey: string, users: UserDirectory | undefined): DecodeFromSystem {
  return (native, system) => {
    const field = policy.fields[fieldKey];
    if (field === undefined) {
      return null;
    }
    const placeholders = buildPlaceholderSet(policy.blanks, field.blanks);
    const normalized = normalizeValue(native, { field, system, placeholders, users });
    return normalized.ok ? { ok: true, value: normalized.value } : null;
  };
}

async function runResolveException(id: string, options: ResolveOptions): Promise<number> {
  if ((options.accept === undefined) === (options.value === undefined)) {
    throw new StoreError("Pass exactly one of --accept <system> and --value <value>.", EXIT_USAGE);
  }
  if (options.by === undefined || options.by.trim() === "") {
    throw new StoreError("Pass --by with the person who decides, such as --by dana.reyes@example.com.", EXIT_USAGE);
  }
  const at = parseTimeOption(options.now, "--now");
  const policy = await loadPolicyOption(options.policy);
  const users = loadUsersOption(options.users);

  const plan = await withStore(options.store, async (store) => {
    const exception = await store.getException(id);
    if (exception === null) {
      throw new StoreError(
        `No exception with id ${id}. List the open ones with \`fieldpolicy queue list\`.`,
        EXIT_INPUT_ERRORS,
      );
    }
    const entries = await store.listDecisionAudit(id);
    const planned = planResolution(
      policy,
      exception,
      entries,
      {
        accept: options.accept ?? null,
        value: options.value ?? null,
        by: options.by ?? "",
        note: options.note ?? null,
        at,
      },
      createEncoder(policy, exception.field, users),
      createDecoder(policy, exception.field, users),
    );
    const stored = await store.resolveException(planned.resolution);
    return { ...planned, exception: stored };
  });

  if (options.format === "json") {
    process.stdout.write(
      `${JSON.stringify({ exception: plan.exception, writes: plan.writes, unwritable: plan.unwritable }, null, 2)}\n`,
    );
    return EXIT_OK;
  }
  const lines = [`Resolved ${id}: ${formatValue(plan.resolution.value)}, decided by ${plan.resolution.by} at ${at}.`];
  if (plan.writes.length === 0 && plan.unwritable.length === 0) {
    lines.push("No writes needed: every system holds the chosen value already.");
  }
  for (const write of plan.writes) {
    const property = policy.fields[plan.exception.field]?.bindings[write.system]?.property ?? "?";
    lines.push(`write ${write.system} ${property} = ${formatValue(write.value)}`);
  }
  for (const problem of plan.unwritable) {
    lines.push(`cannot write ${problem.system}: ${problem.reason}; set the value there by hand`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

function formatOption(): Option {
  return new Option("--format <format>", "output format").choices(STORE_OUTPUT_FORMATS).default("text");
}

/** Adds `queue` with its `list`, `show` and `resolve` subcommands to the program. */
export function registerQueueCommand(program: Command): void {
  const queue = program.command("queue").description("List, inspect and resolve exceptions waiting in review queues.");

  queue
    .command("list")
    .description("List open exceptions, oldest due time first.")
    .option("--queue <name>", "only this queue (a key of the policy's queues)")
    .option("--overdue", "only open exceptions whose due time has passed")
    .option("--all", "also list resolved exceptions")
    .option("--store <location>", STORE_OPTION_HELP)
    .option("--now <iso>", "clock that decides what is overdue, as ISO 8601 (default: the current time)")
    .addOption(formatOption())
    .action((options: ListOptions) => runStoreAction("queue list", () => runList(options)));

  queue
    .command("show")
    .description("Show one exception with its audit entries.")
    .argument("<id>", "exception id (the decision id)")
    .option("--store <location>", STORE_OPTION_HELP)
    .option("--now <iso>", "clock that decides what is overdue, as ISO 8601 (default: the current time)")
    .addOption(formatOption())
    .action((id: string, options: ShowOptions) => runStoreAction("queue show", () => runShow(id, options)));

  queue
    .command("resolve")
    .description(
      "Close an exception with a person's decision, record it in the audit trail and print the writes to apply.",
    )
    .argument("<id>", "exception id (the decision id)")
    .option("--accept <system>", "adopt the value this system proposed")
    .option("--value <value>", "adopt this canonical value instead (an empty string clears the field)")
    .option("--by <person>", "who decided, recorded in the audit trail (required)")
    .option("--note <text>", "why, recorded in the audit trail")
    .requiredOption(
      "--policy <file>",
      "policy file (*.policy.ts), or the ir.json that `fieldpolicy build` wrote, whose value maps encode the writes",
    )
    .option("--users <file>", "user directory JSON that maps owners to each system's user id (needed for owner fields)")
    .option("--store <location>", STORE_OPTION_HELP)
    .option("--now <iso>", "time recorded for the decision, as ISO 8601 (default: the current time)")
    .addOption(formatOption())
    .action((id: string, options: ResolveOptions) =>
      runStoreAction("queue resolve", () => runResolveException(id, options)),
    );
}
