// Formats Markdown with the options `fieldpolicy build` gives prettier for `.md` outputs
// (packages/cli/src/build/format-outputs.ts), to check that the build leaves the document as is.

import prettier from "prettier";

/** Formats Markdown as the build's formatting step does. */
export async function formatAsBuild(markdown: string): Promise<string> {
  return prettier.format(markdown, { parser: "markdown", printWidth: 120, endOfLine: "lf" });
}
