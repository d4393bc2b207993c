// Formats generated files with prettier, choosing the parser by file extension. The options are
// fixed here instead of read from a config file, so the bytes of an output do not depend on the
// folder the build runs in.

import type { OutputFile } from "./output-file";

const PARSERS: Readonly<Record<string, string>> = {
  // json-stringify formats exactly as JSON.stringify with two spaces, so canonical JSON stays canonical.
  ".json": "json-stringify",
  ".ts": "typescript",
  ".mts": "typescript",
  ".js": "babel",
  ".mjs": "babel",
  ".md": "markdown",
  ".yaml": "yaml",
  ".yml": "yaml",
};

const PRETTIER_OPTIONS = { printWidth: 120, endOfLine: "lf" } as const;

/** Returns the files with every file of a known type formatted. Other files (XML) pass unchanged. */
export async function formatOutputs(files: readonly OutputFile[]): Promise<OutputFile[]> {
  // Loaded on first use, so commands that format nothing (check) do not pay for loading prettier.
  const prettier = await import("prettier");
  return Promise.all(
    files.map(async (file) => {
      const extension = /\.[^./]+$/.exec(file.path)?.[0] ?? "";
      const parser = PARSERS[extension];
      if (parser === undefined) {
        return file;
      }
      return { ...file, contents: await prettier.format(file.contents, { ...PRETTIER_OPTIONS, parser }) };
    }),
  );
}
