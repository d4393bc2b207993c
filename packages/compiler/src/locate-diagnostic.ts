import type { Diagnostic } from "@fieldpolicy/core";
import { resolveLocation, type PolicySourceMap } from "./source-map";

/**
 * Fills a diagnostic's file and range from its `path` through the source map. A diagnostic that
 * already has a file, or has no path, is returned unchanged.
 */
export function locateDiagnostic(
  diagnostic: Diagnostic,
  sourceMap: PolicySourceMap,
  options: { preferKey?: boolean } = {},
): Diagnostic {
  if (diagnostic.file !== null || diagnostic.path === null) {
    return diagnostic;
  }
  const location = resolveLocation(sourceMap, diagnostic.path, options);
  if (location === null) {
    return diagnostic;
  }
  return { ...diagnostic, ...location };
}
