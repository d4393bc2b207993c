import type { Diagnostic } from "@fieldpolicy/core";
import { sortDiagnostics } from "./sort-diagnostics";

/**
 * Renders the diagnostics as a JSON array of Diagnostic objects. Keys follow the order of the
 * Diagnostic type whatever order the producer built them in, so two runs give the same bytes, and a
 * missing optional value is written as null.
 */
export function renderJson(diagnostics: readonly Diagnostic[]): string {
  const ordered = sortDiagnostics(diagnostics).map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file ?? null,
    line: diagnostic.line ?? null,
    column: diagnostic.column ?? null,
    endLine: diagnostic.endLine ?? null,
    endColumn: diagnostic.endColumn ?? null,
    path: diagnostic.path ?? null,
    hint: diagnostic.hint ?? null,
  }));
  return JSON.stringify(ordered, null, 2) + "\n";
}
