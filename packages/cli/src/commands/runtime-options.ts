// Options that `resolve` and `explain` share: the clock, the user directory and the policy. The
// policy may be a policy file, compiled here or in a child process, or the `ir.json` a build
// wrote, which is read without loading the TypeScript compiler. `queue resolve` and `audit purge`
// load their policy here too.

import { readFileSync, statSync } from "node:fs";
import type { PolicyIR } from "@fieldpolicy/core";
import { checkUserDirectory, type UserDirectory } from "@fieldpolicy/runtime";
import { EXIT_INPUT_ERRORS, EXIT_USAGE } from "../exit-codes";
import { findIrSchemaProblem } from "./check-policy-ir";

/** A problem with the command's options or files, reported without a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

// A full ISO 8601 time with a zone: a time without one would depend on the machine's time zone.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses `--now`, or returns the current time when it is absent. */
export function parseNow(text: string | undefined): Date {
  if (text === undefined) {
    return new Date();
  }
  const match = ISO_INSTANT.exec(text);
  const now = new Date(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (match === null || Number.isNaN(now.getTime()) || !isCalendarDate(match)) {
    throw new UsageError(
      `--now ${JSON.stringify(text)} is not an ISO 8601 time with a zone; write it like 2026-12-04T15:00:00Z or 2026-12-04T10:00:00-05:00.`,
      EXIT_USAGE,
    );
  }
  return now;
}

// JavaScript rolls 2026-02-30 over to March 2; a date that does not exist is a typo, not a time.
function isCalendarDate(match: RegExpExecArray): boolean {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Loads and checks the user directory of `--users`. */
export function loadUsers(file: string): UserDirectory {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(file, "--users"));
  } catch (error) {
    if (error instanceof UsageError) {
      throw error;
    }
    throw new UsageError(
      `--users ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      EXIT_INPUT_ERRORS,
    );
  }
  const check = checkUserDirectory(parsed);
  if (!check.ok) {
    throw new UsageError(`--users ${file}: ${check.message}`, EXIT_INPUT_ERRORS);
  }
  return check.directory;
}

/** Options of `loadPolicyOption`. */
export interface LoadPolicyOptionOptions {
  /**
   * Compile a policy source in a short-lived child process, so this process never loads the
   * TypeScript compiler. It costs the start of another Node process. @default false
   */
  compileInChild?: boolean;
}

/**
 * Loads the policy of `--policy`. A `*.json` file is read as a built IR and checked against
 * schemas/policy.schema.json. Any other file is compiled, and its diagnostics are printed when it
 * has errors.
 */
export async function loadPolicyOption(file: string, options: LoadPolicyOptionOptions = {}): Promise<PolicyIR> {
  checkIsFile(file, "--policy");
  if (file.endsWith(".json")) {
    return loadIrFile(file);
  }
  // Any other file would go to the TypeScript compiler, whose first complaint about Markdown or
  // YAML (a nesting limit, a syntax error) does not say that the file is simply the wrong one.
  if (!/\.[cm]?ts$/.test(file)) {
    throw new UsageError(
      `--policy ${file} is neither a policy source (*.policy.ts) nor the ir.json that \`fieldpolicy build\` wrote. Pass one of those.`,
      EXIT_USAGE,
    );
  }

  if (options.compileInChild === true) {
    const { compilePolicyInChild } = await import("./compile-policy-in-child");
    const result = await compilePolicyInChild(file);
    if (!result.ok) {
      throw new UsageError(result.message, result.exitCode);
    }
    return result.ir;
  }

  const { compilePolicySource } = await import("./compile-policy-source");
  const ir = await compilePolicySource(file);
  if (ir === null) {
    throw new UsageError(`the policy ${file} has errors. Fix them and run the command again.`, EXIT_INPUT_ERRORS);
  }
  return ir;
}

function loadIrFile(file: string): PolicyIR {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(file, "--policy"));
  } catch (error) {
    if (error instanceof UsageError) {
      throw error;
    }
    throw new UsageError(
      `--policy ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      EXIT_INPUT_ERRORS,
    );
  }

  const problem = findIrSchemaProblem(parsed);
  if (problem !== null) {
    throw new UsageError(
      `--policy ${file} is not a fieldpolicy IR: ${problem}. Pass the policy file, or the ir.json that \`fieldpolicy build\` wrote.`,
      EXIT_INPUT_ERRORS,
    );
  }
  // The schema check above guarantees the shape of the IR.
  return parsed as PolicyIR;
}

/** Fails with a usage error unless `file` is a readable file, not a folder. */
export function checkIsFile(file: string, option: string): void {
  if (!checkFile(file, option, () => statSync(file).isFile())) {
    throw new UsageError(`${option} ${file} is a folder, not a file.`, EXIT_USAGE);
  }
}

/**
 * Reads a text file named by an option, without a leading byte order mark, with a usage error
 * naming the option when it cannot.
 */
export function readText(file: string, option: string): string {
  return stripByteOrderMark(checkFile(file, option, () => readFileSync(file, "utf8")));
}

/**
 * Removes a leading UTF-8 byte order mark, which Windows editors and Excel write. Node's "utf8"
 * decoding keeps it as U+FEFF, and JSON.parse then rejects the first line.
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const FILE_PROBLEMS: Record<string, string> = { ENOENT: "does not exist", EISDIR: "is a folder, not a file" };

function checkFile<T>(file: string, option: string, access: () => T): T {
  try {
    return access();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${option} ${file} ${FILE_PROBLEMS[code ?? ""] ?? "cannot be read"}.`, EXIT_USAGE);
  }
}
