import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { OUTPUT_MARKER } from "./check-output-folder";
import type { OutputFile } from "./output-file";

/** How the output folder differs from what a build would write. Paths are relative to the folder. */
export interface OutputDifferences {
  /** Files whose contents differ. */
  stale: string[];
  /** Files the build would write that do not exist. */
  missing: string[];
  /** Files in the folder that the build would not write. */
  extra: string[];
}

/** Compares the output folder with the files a build would write, without writing anything. */
export function compareOutputs(outDir: string, files: readonly OutputFile[]): OutputDifferences {
  const onDisk = new Set(listFiles(path.resolve(outDir)));
  const differences: OutputDifferences = { stale: [], missing: [], extra: [] };

  for (const file of files) {
    if (!onDisk.has(file.path)) {
      differences.missing.push(file.path);
      continue;
    }
    onDisk.delete(file.path);
    const current = readFileSync(path.join(path.resolve(outDir), ...file.path.split("/")), "utf8");
    if (current !== file.contents) {
      differences.stale.push(file.path);
    }
  }
  // The marker is written by every build, so it is neither missing nor extra.
  onDisk.delete(OUTPUT_MARKER);
  differences.extra.push(...onDisk);

  differences.stale.sort();
  differences.missing.sort();
  differences.extra.sort();
  return differences;
}

/** True when the folder already holds exactly the build's files. */
export function isUpToDate(differences: OutputDifferences): boolean {
  return differences.stale.length + differences.missing.length + differences.extra.length === 0;
}

/** Lists the files under a folder, relative to it with forward slashes; empty when the folder does not exist. */
function listFiles(folder: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(folder, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      return listFiles(folder, relative);
    }
    return entry.isFile() ? [relative] : [];
  });
}
