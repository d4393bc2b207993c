// Multi-select values arrive as `a;b` (Salesforce and HubSpot), `a,b`, `a|b` or as arrays, in any
// order. They compare as sets.

const DELIMITERS = /[;,|]/;

/** Splits a multi-select value into its trimmed, non-empty items; arrays are taken item by item. */
export function splitMultiSelect(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map((item) => String(item)) : String(value).split(DELIMITERS);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}

/** Returns the distinct items sorted by their position in `order`, unknown items last by text. */
export function sortAsSet(items: readonly string[], order: readonly string[]): string[] {
  const rank = (item: string): number => {
    const position = order.indexOf(item);
    return position === -1 ? order.length : position;
  };
  return [...new Set(items)].sort((left, right) => rank(left) - rank(right) || left.localeCompare(right));
}
