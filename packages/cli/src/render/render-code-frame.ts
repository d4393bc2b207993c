/** A range in a source text. Lines and columns are 1-based; the end column is exclusive. */
export interface FrameRange {
  line: number;
  /** Null marks the whole line. */
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

/** Colour functions the frame uses; identity functions give plain text. */
export interface FrameStyle {
  gutter: (text: string) => string;
  marker: (text: string) => string;
}

/** Lines of the range shown in full; a longer range is cut after these, with an ellipsis row. */
const MAX_RANGE_LINES = 5;

/** Lines of context shown before and after the range. */
const CONTEXT_LINES = 1;

/**
 * Renders a code frame: the source lines of the range with one line of context around them, a
 * `>` in front of each line of the range and a `^~~~` marker under the marked columns. Returns
 * null when the range starts past the end of the text, because a frame of the wrong lines
 * misleads more than no frame.
 */
export function renderCodeFrame(text: string, range: FrameRange, style: FrameStyle): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.line < 1 || range.line > lines.length) {
    return null;
  }

  const endLine = Math.min(Math.max(range.endLine ?? range.line, range.line), lines.length);
  const lastShownRangeLine = Math.min(endLine, range.line + MAX_RANGE_LINES - 1);
  const isCut = lastShownRangeLine < endLine;
  const firstLine = Math.max(1, range.line - CONTEXT_LINES);
  const lastLine = isCut ? lastShownRangeLine : Math.min(lines.length, endLine + CONTEXT_LINES);
  const gutterWidth = String(lastLine).length;

  const rows: string[] = [];
  for (let lineNumber = firstLine; lineNumber <= lastLine; lineNumber += 1) {
    const source = lines[lineNumber - 1] ?? "";
    const inRange = lineNumber >= range.line && lineNumber <= endLine;
    const number = String(lineNumber).padStart(gutterWidth);
    rows.push(trimEnd(`${inRange ? ">" : " "} ${style.gutter(`${number} |`)} ${source}`));

    if (inRange) {
      const marker = renderMarker(source, lineNumber, { ...range, endLine });
      if (marker !== null) {
        // Only the marker is coloured, so its indent stays plain whitespace.
        const indent = /^[ \t]*/.exec(marker)?.[0] ?? "";
        rows.push(
          `  ${style.gutter(`${" ".repeat(gutterWidth)} |`)} ${indent}${style.marker(marker.slice(indent.length))}`,
        );
      }
    }
  }

  if (isCut) {
    rows.push(`  ${style.gutter(`${".".repeat(gutterWidth)} |`)} ${style.marker("...")}`);
  }

  return rows.join("\n");
}

/**
 * Builds the marker row for one line of the range, or null for a line with nothing to mark (an
 * empty line inside a multi-line range). The text before the marker copies the source's tabs so
 * the marker lines up with the source however wide the terminal draws a tab.
 */
function renderMarker(source: string, lineNumber: number, range: FrameRange & { endLine: number }): string | null {
  const isFirst = lineNumber === range.line;
  const isLast = lineNumber === range.endLine;
  const firstContentColumn = source.search(/\S/) + 1;
  if (firstContentColumn === 0 && !(isFirst && range.column !== null)) {
    return null;
  }

  const start = isFirst && range.column !== null ? range.column : firstContentColumn;
  const end = findMarkerEnd(source, start, { isFirst, isLast }, range);
  const width = Math.max(1, end - start);

  const indent = source
    .slice(0, start - 1)
    .replace(/[^\t]/g, " ")
    .padEnd(start - 1, " ");
  return indent + (isFirst ? "^" : "~") + "~".repeat(width - 1);
}

/** Returns the exclusive end column of the marker on one line of the range. */
function findMarkerEnd(
  source: string,
  start: number,
  place: { isFirst: boolean; isLast: boolean },
  range: FrameRange,
): number {
  const wholeLine = source.length + 1;
  if (!place.isLast) {
    return wholeLine;
  }
  if (place.isFirst && range.column === null) {
    return wholeLine;
  }
  if (range.endColumn !== null) {
    return range.endColumn;
  }
  // A start without an end marks one character.
  return place.isFirst ? start + 1 : wholeLine;
}

function trimEnd(text: string): string {
  return text.replace(/\s+$/, "");
}
