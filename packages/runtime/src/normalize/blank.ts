// Blanks: null, undefined, empty or whitespace-only strings and declared placeholders such as
// `Unknown` or `[[unknown]]`. Placeholders compare trimmed and case-insensitively, because
// vendors send `unknown`, `Unknown` and `UNKNOWN` for the same "we do not know".

/** Builds the set of placeholders of one field: the policy's `blanks` plus the field's own. */
export function buildPlaceholderSet(
  policyBlanks: readonly string[],
  fieldBlanks: readonly string[],
): ReadonlySet<string> {
  return new Set([...policyBlanks, ...fieldBlanks].map((placeholder) => placeholder.trim().toLowerCase()));
}

/** True when a value counts as blank for a field with these placeholders. */
export function isBlank(value: unknown, placeholders: ReadonlySet<string>): boolean {
  if (value === null || value === undefined) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  if (typeof value !== "string") {
    return false;
  }
  const text = value.trim();
  return text === "" || placeholders.has(text.toLowerCase());
}
