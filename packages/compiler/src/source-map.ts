// The source map ties every value and every object key of a loaded policy to the text it came
// from. A diagnostic found in the IR, by ajv, a semantic check or a generator, can then point at
// file, line and column.

/** A range in a source file. Lines and columns are 1-based; the end is exclusive. */
export interface SourceLocation {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Locations of a loaded policy, keyed by JSON Pointer (`/fields/leadStatus/tier`). */
export interface PolicySourceMap {
  /** Location of each value. For a `const` reference, the location of the reference. */
  values: Map<string, SourceLocation>;
  /** Location of each object key, keyed by the pointer of the value it names. */
  keys: Map<string, SourceLocation>;
}

/** Returns an empty source map. */
export function buildEmptySourceMap(): PolicySourceMap {
  return { values: new Map(), keys: new Map() };
}

/**
 * Resolves a JSON Pointer to the location of the value, or of its key when `preferKey` is set.
 * A pointer that has no entry (a value the normalizer filled in) falls back to its nearest
 * authored ancestor, so a diagnostic about a default points at the object that lacks the value.
 */
export function resolveLocation(
  sourceMap: PolicySourceMap,
  pointer: string,
  options: { preferKey?: boolean } = {},
): SourceLocation | null {
  if (options.preferKey === true) {
    const keyLocation = sourceMap.keys.get(pointer);
    if (keyLocation !== undefined) {
      return keyLocation;
    }
  }

  let current = pointer;
  for (;;) {
    const location = sourceMap.values.get(current);
    if (location !== undefined) {
      return location;
    }
    if (current === "") {
      return null;
    }
    current = current.slice(0, current.lastIndexOf("/"));
  }
}
