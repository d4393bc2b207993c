import type { Diagnostic, Severity } from "@fieldpolicy/core";
import { sortDiagnostics } from "./sort-diagnostics";

/**
 * Renders GitHub Actions workflow commands (`::error file=…,line=…::message`), one line per
 * diagnostic, which the runner turns into annotations on the pull request. Info diagnostics
 * become `::notice`.
 */
export function renderGithub(diagnostics: readonly Diagnostic[]): string {
  const lines = sortDiagnostics(diagnostics).map(renderCommand);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

const COMMANDS: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

function renderCommand(diagnostic: Diagnostic): string {
  const properties = buildProperties(diagnostic)
    .map(([name, value]) => `${name}=${escapeProperty(value)}`)
    .join(",");

  const message =
    diagnostic.hint === null || diagnostic.hint === ""
      ? diagnostic.message
      : `${diagnostic.message}\n${diagnostic.hint}`;
  return `::${COMMANDS[diagnostic.severity]} ${properties}::${escapeData(message)}`;
}

/**
 * Lists the annotation properties in a fixed order. GitHub accepts columns only when the range
 * starts and ends on the same line, and reads `endColumn` as inclusive, while a diagnostic's end
 * column is exclusive.
 */
function buildProperties(diagnostic: Diagnostic): [string, string][] {
  const properties: [string, string][] = [];

  if (diagnostic.file !== null) {
    properties.push(["file", diagnostic.file]);
  }

  if (diagnostic.file !== null && diagnostic.line !== null) {
    const endLine = diagnostic.endLine ?? diagnostic.line;
    properties.push(["line", String(diagnostic.line)]);
    properties.push(["endLine", String(endLine)]);

    if (diagnostic.column !== null && endLine === diagnostic.line) {
      properties.push(["col", String(diagnostic.column)]);
      if (diagnostic.endColumn !== null) {
        properties.push(["endColumn", String(Math.max(diagnostic.column, diagnostic.endColumn - 1))]);
      }
    }
  }

  properties.push(["title", `fieldpolicy ${diagnostic.code}`]);
  return properties;
}

/**
 * Escapes a command's message. GitHub's runner decodes `%25`, `%0D` and `%0A`, so a message may
 * span lines and contain a percent sign without ending the command.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value, which additionally must not contain `:` or `,`, the command's separators. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
