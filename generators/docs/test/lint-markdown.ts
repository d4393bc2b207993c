// Lints Markdown with markdownlint under the repository's own configuration (.markdownlint.jsonc).

import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "jsonc-parser";
import type { Configuration } from "markdownlint";
import { lint } from "markdownlint/sync";

const CONFIG_PATH = path.resolve(import.meta.dirname, "../../../.markdownlint.jsonc");

/** Reads the repository's markdownlint configuration. */
export function readLintConfig(): Configuration {
  return parse(readFileSync(CONFIG_PATH, "utf8")) as Configuration;
}

/** Lints one document and returns each violation as "line: rule description (detail)". */
export function lintMarkdown(markdown: string): string[] {
  const results = lint({ strings: { document: markdown }, config: readLintConfig() });
  return (results.document ?? []).map(
    (violation) =>
      `${violation.lineNumber}: ${violation.ruleNames.join("/")} ${violation.ruleDescription}${violation.errorDetail ? ` (${violation.errorDetail})` : ""}`,
  );
}
