// GitHub Flavored Markdown tables, padded the way prettier pads them, so formatting the document
// changes nothing. Cells arrive already rendered as inline Markdown (escaped by escape-markdown.ts).

import { measureTextWidth } from "./measure-text-width";

// Prettier never makes a column narrower than three characters, the shortest delimiter row.
const MIN_COLUMN_WIDTH = 3;

/**
 * Renders a table with a header row, every column padded to its widest cell as prettier measures
 * width (wide East Asian characters count two). Every row must have as many cells as the header.
 * An empty cell is written as a dash, so a reader can tell "nothing" from a rendering error.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = rows.map((row) => {
    if (row.length !== header.length) {
      throw new Error(`A table row has ${row.length} cells but the header has ${header.length}.`);
    }
    return row.map((cell) => (cell === "" ? "-" : cell));
  });

  const widths = header.map((_, column) =>
    Math.max(MIN_COLUMN_WIDTH, ...[header, ...body].map((row) => measureTextWidth(row[column]!))),
  );

  const pad = (row: readonly string[]) =>
    row.map((cell, column) => cell + " ".repeat(widths[column]! - measureTextWidth(cell)));
  const lines = [pad(header), widths.map((width) => "-".repeat(width)), ...body.map(pad)];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
