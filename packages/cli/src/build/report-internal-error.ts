import { accessSync, constants, existsSync } from "node:fs";
import { EXIT_USAGE } from "../exit-codes";

// Errors already reported. An error on standard output reaches both the listener that main.ts
// adds to standard output and the command that was waiting on the write, so it would otherwise be
// printed twice.
const reported = new WeakSet<object>();

/**
 * Reports an error that ended a command, with exit code 2. A file-system error (a folder that
 * cannot be written, a full disk) is the environment's, so it gets one line and a hint without a
 * stack trace. Anything else is fieldpolicy's fault: the message, then the stack for a bug report.
 * A closed standard output is no error at all, and an error reported once is not reported again.
 */
export function reportInternalError(error: unknown): void {
  // A reader that closes standard output early, as `| head` does, wants no more output. The
  // command stops without a message, and the exit code stays as the command set it, so a shell
  // with `pipefail` sees no failure. `resolve` handles this itself, so that no decision is lost.
  if (isFileSystemError(error) && error.code === "EPIPE") {
    return;
  }
  if (error instanceof Object) {
    if (reported.has(error)) {
      return;
    }
    reported.add(error);
  }

  if (isFileSystemError(error)) {
    const target = error.path === undefined ? "" : ` ${error.path}`;
    process.stderr.write(
      `fieldpolicy: ${error.syscall}${target} failed with ${error.code}: ${error.message}\n` +
        `${describeFileSystemFix(error)}, then run the command again.\n`,
    );
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`fieldpolicy: internal error; please report it with the command you ran.\n${detail}\n`);
  }
  process.exitCode = EXIT_USAGE;
}

// System calls that only read, and those that change the file system, as Node names them in
// `error.syscall`. `open` is in neither, because it opens inputs and outputs alike.
const READ_SYSCALLS = new Set(["read", "stat", "lstat", "fstat", "readdir", "scandir", "opendir", "readlink", "realpath", "access"]);
const WRITE_SYSCALLS = new Set([
  "write",
  "rename",
  "mkdir",
  "mkdtemp",
  "rmdir",
  "rm",
  "unlink",
  "copyfile",
  "link",
  "symlink",
  "ftruncate",
  "fsync",
  "fdatasync",
  "chmod",
  "utime",
]);

/** The next step for a failed system call, as the start of a sentence. */
function describeFileSystemFix(error: NodeJS.ErrnoException & { syscall: string; code: string }): string {
  if (error.code === "ENOSPC" || error.code === "EDQUOT") {
    return "The disk is full (or the disk quota is used up): free some space";
  }
  if (error.code === "EISDIR") {
    return "Check that the path names a file, not a folder";
  }
  if (error.code === "ENOTDIR") {
    return "Check that each folder named in the path is a folder, not a file";
  }
  if (READ_SYSCALLS.has(error.syscall)) {
    return "Check that the path exists and is readable";
  }
  if (WRITE_SYSCALLS.has(error.syscall)) {
    return "Check that the path, or the folder it goes in, is writable";
  }
  if (error.syscall === "open") {
    return describeOpenFix(error.path);
  }
  return "Check that the path exists and is accessible";
}

// `open` serves inputs and outputs alike, and its error does not say which, so the hint names
// what the path lacks now: it is missing, or it cannot be read, or it cannot be written.
function describeOpenFix(path: string | undefined): string {
  if (path === undefined || !existsSync(path)) {
    return "Check that the path exists, or for an output, that its folder exists and is writable";
  }
  return isAccessible(path, constants.R_OK) ? "Check that the path is writable" : "Check that the path is readable";
}

function isAccessible(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { syscall: string; code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).syscall === "string"
  );
}
