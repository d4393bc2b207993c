// Writes a build's files so that the output folder changes all at once or not at all: the files
// go to a staging folder next to the output folder, which then replaces it by renames.

import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OutputFile } from "./output-file";

/**
 * Replaces the output folder with exactly the given files. On any failure the previous output
 * folder is left as it was, and the staging folder is removed.
 */
export function writeOutputs(outDir: string, files: readonly OutputFile[]): void {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  mkdirSync(parent, { recursive: true });

  // Same parent folder, so the final renames stay on one file system and are atomic.
  const staging = mkdtempSync(path.join(parent, `.${path.basename(target)}.staging-`));
  try {
    for (const file of files) {
      const destination = path.join(staging, ...file.path.split("/"));
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, file.contents, "utf8");
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  const previous = existsSync(target) ? `${staging}.previous` : null;
  if (previous !== null) {
    renameSync(target, previous);
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    if (previous !== null) {
      renameSync(previous, target);
    }
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (previous !== null) {
    rmSync(previous, { recursive: true, force: true });
  }
}
