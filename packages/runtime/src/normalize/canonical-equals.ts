import type { CanonicalValue } from "../types";

/** True when two canonical values are the same; multi-selects are already sorted sets. */
export function canonicalEquals(left: CanonicalValue, right: CanonicalValue): boolean {
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  return left === right;
}

/** Renders a canonical value for explanations and review reasons: quoted text, or `blank`. */
export function describeValue(value: CanonicalValue): string {
  if (value === null) {
    return "blank";
  }
  if (Array.isArray(value)) {
    return `{${value.join(", ")}}`;
  }
  return typeof value === "string" ? `"${value}"` : String(value);
}
