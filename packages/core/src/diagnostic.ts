// Diagnostics are data: every part of fieldpolicy reports problems in this one shape, and the
// renderers (text with a code frame, JSON, GitHub annotations, SARIF) turn them into output.

/** How bad a problem is. Only errors fail a build. */
export type Severity = "error" | "warning" | "info";

/** One problem, with the place it points at. Positions are 1-based; null where no place applies. */
export interface Diagnostic {
  /** Stable code, `FP` and four digits, that waivers and documentation refer to. */
  code: string;
  severity: Severity;
  /** One sentence naming what is wrong and the value involved. */
  message: string;
  /** File the problem is in, relative to the working directory, with forward slashes. */
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** JSON Pointer to the value in the policy (`/fields/leadStatus/tier`), when the problem has one. */
  path: string | null;
  /** What to do about it. */
  hint: string | null;
}

/** The parts of a diagnostic a check supplies; the rest is filled in from the source map. */
export interface DiagnosticInput {
  code: string;
  severity?: Severity;
  message: string;
  path?: string | null;
  hint?: string | null;
}

/** Builds a diagnostic that points at a policy path; the compiler later resolves the path to file, line and column. */
export function buildDiagnostic(input: DiagnosticInput): Diagnostic {
  return {
    code: input.code,
    severity: input.severity ?? "error",
    message: input.message,
    file: null,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    path: input.path ?? null,
    hint: input.hint ?? null,
  };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** Encodes path segments as a JSON Pointer (RFC 6901). */
export function toJsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => "/" + String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
