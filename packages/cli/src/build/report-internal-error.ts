import { EXIT_USAGE } from "../exit-codes";

/**
 * Reports an error that is fieldpolicy's fault, not the input's: the message, then the stack
 * for a bug report, and exit code 2.
 */
export function reportInternalError(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`fieldpolicy: internal error; please report it with the command you ran.\n${detail}\n`);
  process.exitCode = EXIT_USAGE;
}
