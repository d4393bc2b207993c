// Block-level Markdown: headings, paragraphs, lists and notes, with prose wrapped at the line
// length markdownlint allows. Text arrives already rendered as inline Markdown.

import { util } from "prettier";

/** Longest line of wrapped prose, in prettier's measure of width. */
export const MAX_LINE_WIDTH = 120;

// A word that would start a block (a list item, a heading, a quote, a setext underline, a code
// fence) if a wrapped line began with it. The wrapper never breaks a line before such a word.
const BLOCK_START = /^(?:[-+*=#>]|\d+[.)]|`{3}|~{3})/;

/**
 * Wraps one line of inline Markdown at spaces so that no line passes MAX_LINE_WIDTH, where the
 * first line starts with `firstPrefix` and each later line with `restPrefix`. A single word
 * longer than the width stays whole on its own line.
 */
export function wrapProse(text: string, firstPrefix: string, restPrefix: string): string {
  const words = text.split(" ").filter((word) => word !== "");
  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : `${line}${word}`;
    if (lineHasWord && util.getStringWidth(candidate) > MAX_LINE_WIDTH && !BLOCK_START.test(word)) {
      lines.push(line);
      line = `${restPrefix}${word}`;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join("\n");
}

/** Renders a heading of the given level (1 to 6). Headings never wrap. */
export function renderHeading(level: number, text: string): string {
  return `${"#".repeat(level)} ${text}`;
}

/** Renders a paragraph, wrapped. */
export function renderParagraph(text: string): string {
  return wrapProse(text, "", "");
}

/** Renders a bulleted list, each item wrapped with its continuation lines indented. */
export function renderList(items: readonly string[]): string {
  return items.map((item) => wrapProse(item, "- ", "  ")).join("\n");
}

/** Renders a note as a block quote, wrapped. */
export function renderNote(text: string): string {
  return wrapProse(text, "> ", "> ");
}
