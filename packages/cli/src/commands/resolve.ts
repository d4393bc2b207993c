// `fieldpolicy resolve`: reads conflicts as JSON lines and writes one decision per line. Lines are
// read and written one at a time, so memory stays bounded by the resolver's session state, not
// by the size of the input.

import { createReadStream } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import type { ConflictInput, Decision, PolicyIR } from "@fieldpolicy/core";
import { buildErrorDecision, computeDecisionId, createResolver, type Resolver, type UserDirectory } from "@fieldpolicy/runtime";
import type { Command } from "commander";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "../exit-codes";
import { hasEventOptions, loadEventInput } from "../events/load-event-input";
import { LineOutput } from "./line-output";
import { MAX_LINE_BYTES, readInputLines } from "./read-input-lines";
import { checkIsFile, loadPolicyOption, loadUsers, parseNow, stripByteOrderMark, UsageError } from "./runtime-options";

interface ResolveCommandOptions {
  policy: string;
  input?: string;
  now?: string;
  users?: string;
  store?: string;
  batchSize?: string;
  hubspotEvents?: string;
  salesforceEvents?: string;
  base?: string;
}

/** Adds `resolve` to the program. */
export function registerResolveCommand(program: Command): void {
  program
    .command("resolve")
    .description("Resolve conflicts read as JSON lines and write one decision per line to standard output.")
    .requiredOption(
      "--policy <file>",
      "policy file (*.policy.ts), or the ir.json a build wrote (loads faster, without the TypeScript compiler), whose rules decide",
    )
    .option("--input <file>", "file of conflicts, one JSON object per line (default: standard input)")
    .option(
      "--now <iso>",
      "clock for age rules, activity windows and review due times, as ISO 8601 (default: the current time)",
    )
    .option(
      "--users <file>",
      "user directory JSON that maps owner ids between systems (default: none, so owner values go to review)",
    )
    .option(
      "--store <location>",
      "also record audit entries and exceptions in this store: a SQLite file path or a postgres:// URL (default: none)",
    )
    .option("--batch-size <count>", "decisions per store transaction with --store (default: 500)")
    .option(
      "--hubspot-events <file>",
      "HubSpot property change webhook deliveries (contact.propertyChange, deal.propertyChange), as JSON or JSON lines, to resolve in place of --input (needs --base)",
    )
    .option(
      "--salesforce-events <file>",
      "Salesforce change events (Pub/Sub decoded or CometD messages), as JSON or JSON lines, to resolve in place of --input (needs --base)",
    )
    .option(
      "--base <file>",
      "base snapshot JSON: each record's id per system and its last agreed field values and times (format in docs/change-events.md); skipped events are listed on standard error",
    )
    .action(async (options: ResolveCommandOptions) => {
      try {
        process.exitCode = await runResolve(options);
      } catch (error) {
        // The store module is loaded only with --store, so only then can its error occur.
        const storeError = options.store === undefined ? undefined : (await import("@fieldpolicy/store")).StoreError;
        if (error instanceof UsageError || (storeError !== undefined && error instanceof storeError)) {
          process.stderr.write(`fieldpolicy resolve: ${error.message}\n`);
          process.exitCode = error.exitCode;
        } else {
          reportInternalError(error);
        }
      }
    });
}

/**
 * Growth of V8's old generation after each full collection, in percent of the live heap. V8
 * otherwise grows it up to four times the live heap while garbage is cheap to collect. A resolve
 * stream makes garbage fast and keeps a live heap of about 45 MB (mostly the write ledger), so it
 * ran with a 310 MB peak on 1,000,000 conflicts, and 180 MB at 50 percent, without being slower.
 */
const HEAP_GROWING_PERCENT = 50;

async function runResolve(options: ResolveCommandOptions): Promise<number> {
  // Read by V8 at each collection, so setting it once the process runs takes effect.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const now = parseNow(options.now);
  const users = options.users === undefined ? undefined : loadUsers(options.users);
  // Only `resolve` compiles its policy in a child process, because it is the one command that
  // keeps the policy loaded for a stream of any length, and the TypeScript compiler's heap would
  // stay resident for all of it. `explain`, `queue resolve` and `audit purge` finish soon after
  // compiling, so they compile in their own process and save the start of another one.
  const ir = await loadPolicyOption(options.policy, { compileInChild: true });

  // Malformed events are input errors just as invalid conflict lines are, so either exits with 1.
  const { input, inputErrors } = hasEventOptions(options)
    ? openEventInput(ir, options)
    : { input: options.input === undefined ? process.stdin : openInput(options.input), inputErrors: 0 };
  if (options.store === undefined) {
    const { errors } = await resolveLines({ ir, now, users, input, output: process.stdout });
    return errors + inputErrors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  }

  // With --store, each decision is also recorded. A batch is one transaction, so a killed run
  // leaves whole batches only, and running the same input again adds only what is missing.
  const { formatRecordSummary, openDecisionRecorder, parseBatchSize } = await import("@fieldpolicy/store");
  const batchSize = parseBatchSize(options.batchSize);
  const recorder = await openDecisionRecorder(options.store, { batchSize, now: now.toISOString() });
  try {
    const { errors } = await resolveLines({
      ir,
      now,
      users,
      input,
      output: process.stdout,
      onDecision: (decision) => recorder.add(decision),
    });
    process.stderr.write(`${formatRecordSummary(await recorder.finish(), options.store)}\n`);
    return errors + inputErrors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  } finally {
    await recorder.close();
  }
}

/** Inputs of `resolveLines`: the policy, the clock, the directory and both streams. */
export interface ResolveLinesOptions {
  ir: PolicyIR;
  now: Date;
  users: UserDirectory | undefined;
  input: Readable;
  output: Writable;
  /**
   * Called with each decision after it is written, such as to record it in a store. Once the
   * reader has closed `output`, it is still called with every decision, which is then not written.
   */
  onDecision?: (decision: Decision) => Promise<void>;
  /** Stream that gets one line per invalid input line, for the person running the command. @default process.stderr */
  errorOutput?: Writable;
}

/** Invalid lines listed one by one on standard error; past this, only their count is printed. */
const LISTED_ERROR_LINES = 20;

/**
 * Resolves each non-empty input line in one resolver session and writes its decision as one
 * JSON line. A line that is not valid JSON, or not a valid conflict, gets an `error` decision
 * naming the line number and the problem, and the following lines still resolve.
 *
 * When the reader closes `output` early (as `| head` does), the input is read no further and the
 * counts so far are returned. With `onDecision`, every line still resolves and reaches it, so a
 * store records all the decisions, including those printed before the reader left.
 */
export async function resolveLines(options: ResolveLinesOptions): Promise<{ lines: number; errors: number }> {
  const resolver = createResolver(options.ir, {
    now: options.now,
    ...(options.users === undefined ? {} : { users: options.users }),
  });
  const errorOutput = options.errorOutput ?? process.stderr;
  const output = new LineOutput(options.output);
  let lineNumber = 0;
  let lines = 0;
  let errors = 0;

  for await (const input of readInputLines(options.input)) {
    lineNumber += 1;
    let decision: Decision;
    if (input.text === null) {
      decision = buildTooLongDecision(lineNumber, input.tooLongBytes);
    } else {
      // A byte order mark can only lead the file, so only the first line is checked for one.
      const line = lineNumber === 1 ? stripByteOrderMark(input.text) : input.text;
      if (line.trim() === "") {
        continue;
      }
      decision = decideLine(resolver, line, lineNumber);
    }
    lines += 1;

    if (decision.outcome === "error") {
      errors += 1;
      const message: string = decision.error?.message ?? decision.rule.explanation;
      decision = { ...decision, error: { line: lineNumber, message } };
      if (errors <= LISTED_ERROR_LINES) {
        errorOutput.write(`fieldpolicy resolve: line ${lineNumber}: ${message}\n`);
      }
    }

    await output.write(JSON.stringify(decision) + "\n");
    if (options.onDecision !== undefined) {
      await options.onDecision(decision);
    } else if (output.closed) {
      break;
    }
  }
  if (errors > LISTED_ERROR_LINES) {
    errorOutput.write(
      `fieldpolicy resolve: ${errors} invalid lines in all, ${errors - LISTED_ERROR_LINES} more than listed; each has an error decision.\n`,
    );
  }
  return { lines, errors };
}

// Parses and resolves one line. The resolver checks the shape and returns an error decision for
// anything that is not a conflict. Should it still throw (an input no check foresaw, such as
// nesting deep enough to exhaust the stack), the line gets an error decision and the following
// lines still resolve.
function decideLine(resolver: Resolver, line: string, lineNumber: number): Decision {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return buildErrorDecision(computeDecisionId(line), null, `Line ${lineNumber} is not valid JSON: ${describeError(error)}`, lineNumber);
  }
  try {
    return resolver.resolve(parsed as ConflictInput);
  } catch (error) {
    return buildErrorDecision(computeDecisionId(line), null, `Line ${lineNumber} could not be resolved: ${describeError(error)}`, lineNumber);
  }
}

// The line's text was never read, so the id is that of its number and length.
function buildTooLongDecision(lineNumber: number, bytes: number): Decision {
  const message =
    `Line ${lineNumber} is ${bytes.toLocaleString("en-US")} bytes long, over the limit of ${MAX_LINE_BYTES.toLocaleString("en-US")} bytes. ` +
    "A conflict is a few kilobytes, so check that each conflict ends with a newline.";
  return buildErrorDecision(computeDecisionId({ line: lineNumber, tooLongBytes: bytes }), null, message, lineNumber);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Builds conflicts from event files against the base snapshot, lists skipped events on standard
 * error and returns the conflicts with the count of malformed events.
 */
function openEventInput(ir: PolicyIR, options: ResolveCommandOptions): { input: Readable; inputErrors: number } {
  const events = loadEventInput(ir, options);
  if (!events.ok) {
    throw new UsageError(events.message, events.exitCode);
  }
  for (const line of events.report) {
    process.stderr.write(`fieldpolicy resolve: ${line}\n`);
  }
  return { input: events.input, inputErrors: events.malformedEvents };
}

function openInput(file: string): Readable {
  // Only checked here, never read whole: the stream reads the file line by line.
  checkIsFile(file, "--input");
  return createReadStream(file, { encoding: "utf8" });
}
