import type { Diagnostic, Severity } from "@fieldpolicy/core";
import { createColors } from "picocolors";
import { renderCodeFrame } from "./render-code-frame";
import { sortDiagnostics } from "./sort-diagnostics";

/** Options of the human-readable renderer. */
export interface TextRenderOptions {
  /** Source text by file path, as the diagnostics name the file. A file missing here gets no frame. */
  sources: ReadonlyMap<string, string>;
  /** True to colour the output with ANSI escapes. */
  color: boolean;
}

type Colors = ReturnType<typeof createColors>;

/**
 * Renders diagnostics for a person. Each diagnostic gets a `file:line:col - severity CODE: message`
 * header, a code frame when the source is known, and its hint. One summary line with the counts
 * comes last.
 */
export function renderText(diagnostics: readonly Diagnostic[], options: TextRenderOptions): string {
  const colors = createColors(options.color);
  const blocks = sortDiagnostics(diagnostics).map((diagnostic) => renderBlock(diagnostic, options.sources, colors));

  const summary = colors.bold(renderSummary(diagnostics));
  return [...blocks, summary].join("\n\n") + "\n";
}

function renderBlock(diagnostic: Diagnostic, sources: ReadonlyMap<string, string>, colors: Colors): string {
  const paint = severityColor(diagnostic.severity, colors);
  const place = renderPlace(diagnostic);
  const label = `${paint(diagnostic.severity)} ${colors.dim(diagnostic.code)}`;
  const header =
    place === null ? `${label}: ${diagnostic.message}` : `${colors.cyan(place)} - ${label}: ${diagnostic.message}`;

  const parts = [header];

  const frame = renderFrameFor(diagnostic, sources, { gutter: colors.dim, marker: paint });
  if (frame !== null) {
    parts.push(frame);
  }

  if (diagnostic.hint !== null && diagnostic.hint !== "") {
    parts.push(`  ${colors.bold("hint:")} ${diagnostic.hint}`);
  }

  return parts.join("\n\n");
}

/** Returns `file:line:col`, as much of it as the diagnostic has, or null when it has no file. */
function renderPlace(diagnostic: Diagnostic): string | null {
  if (diagnostic.file === null) {
    return null;
  }
  if (diagnostic.line === null) {
    return diagnostic.file;
  }
  if (diagnostic.column === null) {
    return `${diagnostic.file}:${diagnostic.line}`;
  }
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
}

function renderFrameFor(
  diagnostic: Diagnostic,
  sources: ReadonlyMap<string, string>,
  style: { gutter: (text: string) => string; marker: (text: string) => string },
): string | null {
  if (diagnostic.file === null || diagnostic.line === null) {
    return null;
  }

  const text = sources.get(diagnostic.file);
  if (text === undefined) {
    return null;
  }

  return renderCodeFrame(
    text,
    {
      line: diagnostic.line,
      column: diagnostic.column,
      endLine: diagnostic.endLine,
      endColumn: diagnostic.endColumn,
    },
    style,
  );
}

function severityColor(severity: Severity, colors: Colors): (text: string) => string {
  switch (severity) {
    case "error":
      return (text) => colors.bold(colors.red(text));
    case "warning":
      return (text) => colors.bold(colors.yellow(text));
    case "info":
      return (text) => colors.bold(colors.blue(text));
  }
}

/** Returns the summary line: `2 errors and 1 warning.`, or `No problems found.` */
export function renderSummary(diagnostics: readonly Diagnostic[]): string {
  const counts = [
    countOf(diagnostics, "error", "error", "errors"),
    countOf(diagnostics, "warning", "warning", "warnings"),
    countOf(diagnostics, "info", "info message", "info messages"),
  ].filter((count): count is string => count !== null);

  if (counts.length === 0) {
    return "No problems found.";
  }
  if (counts.length === 1) {
    return `${counts[0]}.`;
  }
  return `${counts.slice(0, -1).join(", ")} and ${counts[counts.length - 1]}.`;
}

function countOf(
  diagnostics: readonly Diagnostic[],
  severity: Severity,
  singular: string,
  plural: string,
): string | null {
  const count = diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  if (count === 0) {
    return null;
  }
  return `${count} ${count === 1 ? singular : plural}`;
}
