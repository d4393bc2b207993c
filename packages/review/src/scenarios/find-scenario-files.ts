import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Suffix of scenario files. */
export const SCENARIO_FILE_SUFFIX = ".scenarios.ts";

/**
 * Finds scenario files: each path is a `*.scenarios.ts` file or a folder searched at its top
 * level only, as folders of policies are, because a scenario file names its policy by a path
 * beside it. Returns paths relative to `cwd`, sorted.
 */
export function findScenarioFiles(paths: readonly string[], cwd: string): string[] {
  const found = new Set<string>();

  for (const entry of paths) {
    const absolute = path.resolve(cwd, entry);
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (stats === undefined) {
      throw new ScenarioInputError(`${entry} does not exist; pass a *.scenarios.ts file or a folder that holds some.`);
    }
    if (stats.isDirectory()) {
      collectFromFolder(absolute, found);
    } else {
      found.add(absolute);
    }
  }

  return [...found].map((file) => path.relative(cwd, file).split(path.sep).join("/")).sort();
}

function collectFromFolder(folder: string, found: Set<string>): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(SCENARIO_FILE_SUFFIX)) {
      found.add(path.join(folder, entry.name));
    }
  }
}

/** A scenario path that cannot be read; the command reports it and exits 2. */
export class ScenarioInputError extends Error {}
