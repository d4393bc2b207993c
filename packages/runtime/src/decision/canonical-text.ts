// Canonical text of a JSON value for hashing and tie-breaking: compact JSON with the keys of every
// object sorted. It is written in one pass, without the sorted copy and the indentation that
// `renderCanonicalJson` makes for files, because the resolver renders one per conflict.

/**
 * Renders a value as compact JSON with object keys sorted by code unit at every level. Keys whose
 * value is undefined, a function or a symbol are left out and such array items become null, as
 * `JSON.stringify` does. A `toJSON` method is honoured and a bigint renders as its digits, so no
 * input makes it throw.
 */
export function renderCanonicalText(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return String(value);
    case "object":
      return value === null ? "null" : renderObject(value);
    default:
      return "null";
  }
}

function renderObject(value: object): string {
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return renderCanonicalText(callToJson(value));
  }
  if (Array.isArray(value)) {
    let text = "[";
    for (let index = 0; index < value.length; index += 1) {
      text += (index === 0 ? "" : ",") + renderItem(value[index]);
    }
    return text + "]";
  }

  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort(compareCodeUnits);
  let text = "{";
  for (const key of keys) {
    const child = record[key];
    if (isOmitted(child)) {
      continue;
    }
    text += (text.length === 1 ? "" : ",") + JSON.stringify(key) + ":" + renderCanonicalText(child);
  }
  return text + "}";
}

function renderItem(item: unknown): string {
  return isOmitted(item) ? "null" : renderCanonicalText(item);
}

// True for values JSON leaves out of objects: undefined, functions and symbols.
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

// A toJSON that throws stands for the value it could not render, so the text is still defined.
function callToJson(value: object): unknown {
  try {
    return (value as { toJSON: () => unknown }).toJSON();
  } catch {
    return null;
  }
}

// The default sort order of Array.prototype.sort, written out so the intent is explicit.
function compareCodeUnits(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
