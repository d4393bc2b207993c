// Block-level Markdown: headings, paragraphs, lists and notes, with prose wrapped at the line
// length markdownlint allows. Text arrives already rendered as inline Markdown.

import { measureTextWidth } from "./measure-text-width";

/** Maximum width of a line of wrapped prose, in prettier's measure of width. */
export const MAX_LINE_WIDTH = 120;

// A word that would start a block (a list item, a heading, a quote, a setext underline, a code
// fence) if a wrapped line began with it.
const BLOCK_START = /^(?:[-+*=#>]|\d+[.)]|`{3}|~{3})/;

/**
 * Wraps one line of inline Markdown at spaces so that no line passes MAX_LINE_WIDTH, where the
 * first line starts with `firstPrefix` and each later line with `restPrefix`. A word that would
 * start a block stays on the line of the word before it, and a unit longer than the width stays
 * whole on its own line.
 */
export function wrapProse(text: string, firstPrefix: string, restPrefix: string): string {
  const units: string[] = [];
  for (const word of text.split(" ").filter((candidate) => candidate !== "")) {
    if (units.length > 0 && BLOCK_START.test(word)) {
      units[units.length - 1] += ` ${word}`;
    } else {
      units.push(word);
    }
  }

  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasUnit = false;
  for (const unit of units) {
    const candidate = lineHasUnit ? `${line} ${unit}` : `${line}${unit}`;
    if (lineHasUnit && measureTextWidth(candidate) > MAX_LINE_WIDTH) {
      lines.push(line);
      line = `${restPrefix}${unit}`;
    } else {
      line = candidate;
    }
    lineHasUnit = true;
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
