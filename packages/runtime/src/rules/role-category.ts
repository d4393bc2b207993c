// Role categories of text values such as job titles: a value belongs to the first category that
// has one of its keywords as a whole word or phrase, compared in lower case.

/** Returns the category of a text value, or undefined when no keyword matches. */
export function findCategory(
  value: string,
  categories: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  const text = ` ${value.toLowerCase().replace(/[^a-z0-9]+/g, " ")} `;
  for (const [category, keywords] of Object.entries(categories)) {
    if (keywords.some((keyword) => text.includes(` ${keyword.toLowerCase()} `))) {
      return category;
    }
  }
  return undefined;
}
