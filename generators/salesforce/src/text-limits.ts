// Salesforce cuts nothing for us: a label, message or description over its limit fails the deploy.

/** Shortens text to at most `maxLength` characters, ending in an ellipsis when it was cut. */
export function fitText(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }
  return text.slice(0, maxLength - 1).trimEnd() + "…";
}
