import { EXIT_USAGE } from "../exit-codes";

/**
 * Reports an error that ended a command, with exit code 2. A file-system error (a folder that
 * cannot be written, a full disk) is the environment's, so it gets one line without a stack trace.
 * Anything else is fieldpolicy's fault: the message, then the stack for a bug report. A closed
 * standard output is no error at all.
 */
export function reportInternalError(error: unknown): void {
  // A reader that closes standard output early, as `| head` does, wants no more output. The
  // command stops without a message, and exits 0 so that a shell with `pipefail` sees no failure.
  if (isFileSystemError(error) && error.code === "EPIPE") {
    return;
  }
  if (isFileSystemError(error)) {
    const target = error.path === undefined ? "" : ` ${error.path}`;
    process.stderr.write(
      `fieldpolicy: ${error.syscall}${target} failed with ${error.code}: ${error.message}\n` +
        "Check that the path exists and is writable, then run the command again.\n",
    );
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`fieldpolicy: internal error; please report it with the command you ran.\n${detail}\n`);
  }
  process.exitCode = EXIT_USAGE;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { syscall: string; code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).syscall === "string"
  );
}
