import { createHash } from "node:crypto";

/**
 * Serializes a JSON value with object keys sorted at every level, two-space indentation and a
 * final newline, so equal values always give equal bytes. Array order is kept: it carries meaning
 * (a stage order, a tie-break order).
 */
export function renderCanonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

/** Returns a deep copy of a JSON value with the keys of every object sorted. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) {
        sorted[key] = sortKeys(child);
      }
    }
    return sorted;
  }
  return value;
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
