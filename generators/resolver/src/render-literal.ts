// Renders IR fragments as TypeScript literals and policy names as identifiers. The IR is JSON, so
// JSON text is a valid TypeScript expression.

/**
 * Renders a JSON value as a TypeScript expression. Key order is kept as the IR has it, because
 * the runtime reads the order of `systems` as the policy's fixed system order.
 */
export function renderLiteral(value: unknown): string {
  return JSON.stringify(value);
}

/** Renders an object key: bare when it is an identifier, quoted otherwise. */
export function renderPropertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * Builds one upper-case constant prefix per field key (`leadOwner` to `LEAD_OWNER`). Characters
 * that cannot appear in an identifier become `_`, and a prefix that two keys share gets the
 * field's position appended, so every prefix is unique.
 */
export function buildConstantPrefixes(keys: readonly string[]): ReadonlyMap<string, string> {
  const prefixes = new Map<string, string>();
  const used = new Set<string>();
  keys.forEach((key, index) => {
    const snake = key
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .replace(/[^A-Za-z0-9_$]/g, "_")
      .toUpperCase();
    let prefix = /^[0-9]/.test(snake) ? `FIELD_${snake}` : snake;
    if (used.has(prefix)) {
      prefix = `${prefix}_${index}`;
    }
    used.add(prefix);
    prefixes.set(key, prefix);
  });
  return prefixes;
}

/** Builds a function name from a constant prefix: `LEAD_OWNER` to `applyLeadOwnerRules`. */
export function buildWiringName(prefix: string): string {
  const words = prefix.split("_").filter((word) => word !== "");
  return `apply${words.map((word) => word[0]! + word.slice(1).toLowerCase()).join("")}Rules`;
}

/** Renders text for a block comment; a `*\/` in policy text would otherwise end the comment. */
export function renderCommentText(text: string): string {
  return text.replaceAll("*/", "*\\/").replace(/\s+/g, " ");
}
