// Writes the files `fieldpolicy init` scaffolds as one unit: every file or none, so a team never
// ends up with a policy whose starter scenarios are missing, or scenarios without their policy.

import { randomUUID } from "node:crypto";
import { link, lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file to scaffold. */
export interface ScaffoldFile {
  /** Absolute path of the file. */
  path: string;
  /** The file's text, written as UTF-8. */
  contents: string;
}

/** Options of {@link writeScaffoldFiles}. */
export interface WriteScaffoldOptions {
  /** Whether to replace files that exist. Without it, one existing file stops the whole write. */
  overwrite: boolean;
}

/** Thrown when files exist and overwriting was not requested. No file was written. */
export class ScaffoldExistsError extends Error {
  constructor(
    /** Absolute paths of the files that exist. */
    readonly paths: readonly string[],
  ) {
    super(`${paths.join(", ")} already exist${paths.length === 1 ? "s" : ""}.`);
    this.name = "ScaffoldExistsError";
  }
}

/** Thrown when a file could not be written. Every file was left as it was before the call. */
export class ScaffoldWriteError extends Error {
  /** The file-system error code, such as `EACCES` or `EISDIR`. */
  readonly code: string | undefined;

  constructor(
    /** Absolute path of the file that could not be written. */
    readonly path: string,
    cause: unknown,
  ) {
    super(`Could not write ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ScaffoldWriteError";
    this.code = readErrorCode(cause);
  }
}

// A target file put in place, and how to undo that.
interface CommittedFile {
  target: string;
  /** A hard link to the file the target replaced, or null when the target did not exist. */
  backup: string | null;
}

/**
 * Writes every file or none, creating missing folders. Each file's text goes to a temporary file
 * beside its target first, so a failed write (a full disk, a folder that is not writable) leaves
 * every target untouched. Then the temporary files take their targets' places one by one. With
 * `overwrite` a rename replaces a target atomically, and a hard link to the old file lets a later
 * failure put it back. Without `overwrite` a hard link creates each target, and it fails on a
 * target that exists, even one created after the first check.
 *
 * NOTE: a process killed between two targets leaves the first in place, with hidden
 * `.<name>.<id>.tmp` or `.bak` files that match neither `*.policy.ts` nor `*.scenarios.ts`.
 * Hard links must work in the target folder, so a file system without them (FAT, exFAT) fails.
 *
 * @throws ScaffoldExistsError when a target exists and `overwrite` is false.
 * @throws ScaffoldWriteError when a file could not be written.
 */
export async function writeScaffoldFiles(files: readonly ScaffoldFile[], options: WriteScaffoldOptions): Promise<void> {
  if (!options.overwrite) {
    const existing = await findExistingFiles(files.map((file) => file.path));
    if (existing.length > 0) {
      throw new ScaffoldExistsError(existing);
    }
  }

  const staged = files.map((file) => ({ ...file, temporary: buildSiblingPath(file.path, "tmp") }));
  const committed: CommittedFile[] = [];
  try {
    for (const file of staged) {
      await stageFile(file.path, file.temporary, file.contents);
    }
    for (const file of staged) {
      committed.push(await commitFile(file.path, file.temporary, options.overwrite));
    }
  } catch (error) {
    await rollBack(committed);
    throw error;
  } finally {
    // A rename moves a temporary file away, and a link leaves it as a second name of its target,
    // so removing what is left never touches a target.
    await Promise.all(staged.map((file) => removeQuietly(file.temporary)));
    await Promise.all(committed.map((file) => (file.backup === null ? null : removeQuietly(file.backup))));
  }
}

async function findExistingFiles(paths: readonly string[]): Promise<string[]> {
  const existing: string[] = [];
  for (const target of paths) {
    try {
      // lstat, so that a dangling symbolic link counts as existing too, because writing through it
      // would create a file somewhere else.
      await lstat(target);
      existing.push(target);
    } catch (error) {
      if (readErrorCode(error) !== "ENOENT") {
        throw new ScaffoldWriteError(target, error);
      }
    }
  }
  return existing;
}

// A hidden name in the target's folder, because a rename or link only works within one file system.
function buildSiblingPath(target: string, suffix: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.${suffix}`);
}

async function stageFile(target: string, temporary: string, contents: string): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, contents, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    throw new ScaffoldWriteError(target, error);
  }
}

async function commitFile(target: string, temporary: string, overwrite: boolean): Promise<CommittedFile> {
  if (!overwrite) {
    try {
      await link(temporary, target);
    } catch (error) {
      if (readErrorCode(error) === "EEXIST") {
        throw new ScaffoldExistsError([target]);
      }
      throw new ScaffoldWriteError(target, error);
    }
    return { target, backup: null };
  }

  const backup = await backUpFile(target);
  try {
    await rename(temporary, target);
  } catch (error) {
    // The target is unchanged, so its backup link is no longer needed.
    if (backup !== null) {
      await removeQuietly(backup);
    }
    throw new ScaffoldWriteError(target, error);
  }
  return { target, backup };
}

// Links the existing target to a backup name, or returns null when there is no target to keep.
async function backUpFile(target: string): Promise<string | null> {
  const backup = buildSiblingPath(target, "bak");
  try {
    await link(target, backup);
    return backup;
  } catch (error) {
    if (readErrorCode(error) === "ENOENT") {
      return null;
    }
    throw new ScaffoldWriteError(target, error);
  }
}

// Puts back the files replaced and removes the files created, newest first.
async function rollBack(committed: readonly CommittedFile[]): Promise<void> {
  for (const file of [...committed].reverse()) {
    if (file.backup === null) {
      await rm(file.target, { force: true });
    } else {
      await rename(file.backup, file.target);
    }
  }
}

// Removes a temporary or backup file and ignores any error, because an error here must not hide the
// one that ended the write. A leftover file is hidden and no command reads it.
async function removeQuietly(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}

function readErrorCode(error: unknown): string | undefined {
  // Node's file-system errors are Errors with a string `code`, which other errors lack.
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}
