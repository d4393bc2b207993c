import { renderCanonicalJson, sha256Hex } from "@fieldpolicy/core";

/**
 * Computes a decision id from the conflict as received: the SHA-256 of its canonical JSON, with
 * keys sorted and the changes sorted by their own canonical JSON, so the order in which changes
 * arrived does not change the id. The first 32 hex digits are kept, prefixed with `d_`.
 */
export function computeDecisionId(conflict: unknown): string {
  const canonical =
    isRecord(conflict) && Array.isArray(conflict.changes)
      ? { ...conflict, changes: conflict.changes.map((change) => renderCanonicalJson(change)).sort() }
      : conflict;
  return `d_${sha256Hex(renderCanonicalJson(canonical ?? null)).slice(0, 32)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
