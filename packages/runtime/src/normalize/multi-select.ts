// Multi-select values arrive as `a;b` (Salesforce and HubSpot), `a,b`, `a|b` or as arrays, in any
// order. They compare as sets.

const DELIMITERS = /[;,|]/;

/** Splits a multi-select value into its trimmed, non-empty items; arrays are taken item by item. */
export function splitMultiSelect(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(renderItem) : renderItem(value).split(DELIMITERS);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}

// An item that is an object is no picklist value. JSON renders it, so it maps to nothing and is
// rejected, where `String()` would throw on an object whose `toString` is not a function.
function renderItem(item: unknown): string {
  if (item === null || typeof item !== "object") {
    return String(item);
  }
  try {
    return JSON.stringify(item);
  } catch {
    return "[object]";
  }
}

/** Returns the distinct items sorted by their position in `order`, unknown items last by text. */
export function sortAsSet(items: readonly string[], order: readonly string[]): string[] {
  const rank = (item: string): number => {
    const position = order.indexOf(item);
    return position === -1 ? order.length : position;
  };
  return [...new Set(items)].sort((left, right) => rank(left) - rank(right) || left.localeCompare(right));
}
