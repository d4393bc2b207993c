/** A plain JSON object, as the loader produces it. */
export type JsonObject = Record<string, unknown>;

/** True when a value is a plain object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Returns a copy of an object with each missing key set to its default. Keys the author wrote are
 * kept as written, including unknown ones, so that schema validation reports them.
 */
export function fillDefaults(value: JsonObject, defaults: JsonObject): JsonObject {
  const filled: JsonObject = { ...value };
  for (const [key, fallback] of Object.entries(defaults)) {
    if (filled[key] === undefined) {
      filled[key] = fallback;
    }
  }
  return filled;
}

/** Applies a function to every property value of an object; other values pass through unchanged. */
export function mapValues(value: unknown, transform: (child: unknown, key: string) => unknown): unknown {
  if (!isJsonObject(value)) {
    return value;
  }
  const mapped: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    mapped[key] = transform(child, key);
  }
  return mapped;
}
