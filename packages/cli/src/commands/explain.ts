// `fieldpolicy explain`: resolves one conflict and prints each step the resolver took, from the
// normalization of each change through the rule parts in precedence order to the decision.

import { readFileSync } from "node:fs";
import type { ConflictInput } from "@fieldpolicy/core";
import { explainConflict, renderExplanation } from "@fieldpolicy/review";
import { Option, type Command } from "commander";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "../exit-codes";
import { loadPolicyOption, loadUsers, parseNow, stripByteOrderMark, UsageError } from "./runtime-options";

interface ExplainCommandOptions {
  policy: string;
  input?: string;
  line: string;
  now?: string;
  users?: string;
  format: "text" | "json";
}

/** Adds `explain` to the program. */
export function registerExplainCommand(program: Command): void {
  program
    .command("explain")
    .description(
      "Resolve one conflict and print each step: how each change was normalized, the rule parts consulted in order and why each adopted or rejected each change. Exit 0, 1 when the conflict is invalid, 2 on usage errors.",
    )
    .argument(
      "[conflict]",
      "the conflict as one JSON object, in the format `resolve` reads (default: read it from --input)",
    )
    .requiredOption("--policy <file>", "policy file (*.policy.ts), or the ir.json a build wrote, whose rules decide")
    .option(
      "--input <file>",
      "file of conflicts as JSON lines, in place of the argument (default: standard input when no argument is given)",
    )
    .option("--line <number>", "line of the JSON lines input to explain, counted from 1", "1")
    .option(
      "--now <iso>",
      "clock for age rules, activity windows and review due times, as ISO 8601 (default: the current time)",
    )
    .option("--users <file>", "user directory JSON that maps owner ids between systems (default: none)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (conflictText: string | undefined, options: ExplainCommandOptions) => {
      try {
        process.exitCode = await runExplain(conflictText, options);
      } catch (error) {
        if (error instanceof UsageError) {
          process.stderr.write(`fieldpolicy explain: ${error.message}\n`);
          process.exitCode = error.exitCode;
        } else {
          reportInternalError(error);
        }
      }
    });
}

async function runExplain(conflictText: string | undefined, options: ExplainCommandOptions): Promise<number> {
  const now = parseNow(options.now);
  const users = options.users === undefined ? undefined : loadUsers(options.users);
  const conflict = parseConflict(readConflictText(conflictText, options));
  const ir = await loadPolicyOption(options.policy);

  const explanation = explainConflict(ir, conflict, { now, ...(users === undefined ? {} : { users }) });
  const output =
    options.format === "json" ? JSON.stringify(explanation, null, 2) + "\n" : renderExplanation(ir, explanation);
  process.stdout.write(output);
  return explanation.error === null ? EXIT_OK : EXIT_INPUT_ERRORS;
}

function readConflictText(argument: string | undefined, options: ExplainCommandOptions): string {
  if (argument !== undefined && options.input !== undefined) {
    throw new UsageError("give the conflict either as an argument or with --input, not both.", EXIT_USAGE);
  }
  if (argument !== undefined) {
    return argument;
  }
  // Without an argument or --input, a conflict piped in on standard input is read, as `resolve` does.
  if (options.input === undefined && process.stdin.isTTY) {
    throw new UsageError(
      "give the conflict as a JSON argument, pipe it in, or name a file of JSON lines with --input.",
      EXIT_USAGE,
    );
  }

  const lineNumber = Number(options.line);
  if (!Number.isInteger(lineNumber) || lineNumber < 1) {
    throw new UsageError(
      `--line ${JSON.stringify(options.line)} is not a line number: count lines from 1.`,
      EXIT_USAGE,
    );
  }
  const source = options.input ?? "standard input";
  let text: string;
  try {
    text = stripByteOrderMark(options.input === undefined ? readFileSync(0, "utf8") : readFileSync(options.input, "utf8"));
  } catch (error) {
    throw new UsageError(
      `${source} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      EXIT_USAGE,
    );
  }
  const line = text.split(/\r?\n/)[lineNumber - 1];
  if (line === undefined || line.trim() === "") {
    throw new UsageError(`${source} has no conflict on line ${lineNumber}.`, EXIT_USAGE);
  }
  return line;
}

function parseConflict(text: string): ConflictInput {
  try {
    // The resolver checks the shape and explains what is missing, so any JSON value may pass here.
    return JSON.parse(text) as ConflictInput;
  } catch (error) {
    throw new UsageError(
      `the conflict is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      EXIT_INPUT_ERRORS,
    );
  }
}
