// Booleans arrive as true/false, "true"/"false" (HubSpot sends every property as a string), 1/0,
// "1"/"0", "Yes"/"No" and similar. Anything else is not a boolean.

const TRUE_WORDS = new Set(["true", "1", "yes", "y", "on", "checked"]);
const FALSE_WORDS = new Set(["false", "0", "no", "n", "off", "unchecked"]);
const NUMBER_BOOLEANS = new Map([
  [1, true],
  [0, false],
]);

/** Parses a boolean from any common encoding, or returns undefined when the value is not one. */
export function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") {
    return value;
  }
  if (typeof value === "number") {
    return NUMBER_BOOLEANS.get(value);
  }
  if (typeof value !== "string") {
    return undefined;
  }

  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) {
    return true;
  }
  return FALSE_WORDS.has(word) ? false : undefined;
}
