// Policy text (labels, descriptions, owners, waiver reasons) comes from pull requests and is
// printed into a page that a wiki renders. These functions make such text inert: it reads as the
// same characters, but it cannot open a table cell, a link, emphasis, a code span or an HTML tag.

// Characters with an inline meaning in CommonMark or GitHub Flavored Markdown. `|` splits table
// cells, `~` strikes through, `$` opens math on GitHub; the rest are CommonMark's inline markers.
// `&` is escaped so that `&lt;` in a label stays literal text instead of becoming an entity.
const INLINE_METACHARACTERS = /[\\`*_[\]<>|~&$]/g;

// Markers that start a block when they open a line: a heading, a list item, a setext underline.
const LEADING_BLOCK_MARKER = /^(#|-|\+|=|\d+(?=[.)]))/;

/** Collapses line breaks and runs of white space into single spaces, so text stays on one line. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// An email address or a web address, bare or in angle brackets ("Dana Reyes <dana@example.com>").
// Both patterns admit only characters that mean nothing inside a CommonMark autolink and cannot
// split a table cell, so a match can be printed as an autolink without escaping.
const EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`;
const WEB_ADDRESS = String.raw`https?://[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*[A-Za-z0-9/#=_~-]`;
const LINK_TARGET = new RegExp(String.raw`<(${EMAIL}|${WEB_ADDRESS})>|(${EMAIL}|${WEB_ADDRESS})`, "g");

function escapeInline(text: string): string {
  return text.replace(INLINE_METACHARACTERS, (character) => `\\${character}`);
}

/**
 * Renders policy text as inline Markdown that displays the text literally: one line, every
 * Markdown and HTML metacharacter backslash-escaped, email and web addresses as autolinks. Safe in
 * paragraphs, headings, list items and table cells.
 */
export function renderText(text: string): string {
  const line = collapseWhiteSpace(text);
  let rendered = "";
  let position = 0;
  for (const match of line.matchAll(LINK_TARGET)) {
    rendered += escapeInline(line.slice(position, match.index));
    // A bracketed address keeps its brackets as visible text around the autolink.
    rendered += match[1] === undefined ? `<${match[2]}>` : `\\<<${match[1]}>\\>`;
    position = match.index + match[0].length;
  }
  rendered += escapeInline(line.slice(position));
  return rendered.replace(LEADING_BLOCK_MARKER, (marker) => `\\${marker}`);
}

/**
 * Renders an identifier (an API name, a reason code) as a code span. The fence is one backtick
 * longer than the longest run inside, and `|` is escaped because GitHub tables split cells on it
 * even inside code spans.
 */
export function renderCode(text: string): string {
  const content = collapseWhiteSpace(text).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padding = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${padding}${content}${padding}${fence}`;
}

/**
 * Renders text as a Mermaid node label body. Every character outside a small safe set becomes a
 * Mermaid entity code (`#60;`), so a label can close neither the node, the string nor the code fence.
 */
export function renderMermaidText(text: string): string {
  return Array.from(collapseWhiteSpace(text))
    .map((character) => (/[A-Za-z0-9 ,.:()/-]/.test(character) ? character : `#${character.codePointAt(0)};`))
    .join("");
}
