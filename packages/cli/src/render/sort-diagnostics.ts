import type { Diagnostic } from "@fieldpolicy/core";

/**
 * Returns the diagnostics ordered by file, line and column, so every renderer lists them in the
 * same order whatever order the checks ran in. Diagnostics without a file come first, because
 * they concern the whole run. Ties keep their input order.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

function compareDiagnostics(left: Diagnostic, right: Diagnostic): number {
  const byFile = compareNullable(left.file, right.file, compareCodeUnits);
  if (byFile !== 0) {
    return byFile;
  }

  const byLine = compareNullable(left.line, right.line, (a, b) => a - b);
  if (byLine !== 0) {
    return byLine;
  }

  return compareNullable(left.column, right.column, (a, b) => a - b);
}

// Code-unit order rather than localeCompare, so the order does not depend on the machine's locale.
function compareCodeUnits(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

function compareNullable<T>(left: T | null, right: T | null, compare: (a: T, b: T) => number): number {
  if (left === null && right === null) {
    return 0;
  }
  if (left === null) {
    return -1;
  }
  if (right === null) {
    return 1;
  }
  return compare(left, right);
}
