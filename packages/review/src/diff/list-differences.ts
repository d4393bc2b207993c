import { toJsonPointer } from "@fieldpolicy/core";

/** One value that differs between two JSON documents. */
export interface Difference {
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * Lists the values that differ between two JSON values, descending into objects. Arrays are
 * compared whole, because their order carries meaning (a stage order) and a reviewer reads a
 * changed list better than a list of shifted positions. A key present on one side only is a
 * difference whose other side is undefined.
 */
export function listDifferences(
  before: unknown,
  after: unknown,
  prefix: readonly (string | number)[] = [],
): Difference[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => listDifferences(before[key], after[key], [...prefix, key]));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) {
    return [];
  }
  return [{ path: toJsonPointer(prefix), before, after }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
