// Text a decision keeps, such as its explanation, is built from template literals. V8 stores such
// a string as a rope of its pieces, about a dozen small objects for one explanation, and the
// garbage collector copies each of them while decisions survive. Reading one character makes V8
// flatten the rope into one string in place, after which the collector drops the pieces. This is
// V8's behaviour, not the language's: elsewhere it costs one character read and does nothing.

/** Returns the text after asking the engine to store it as one flat string. */
export function flattenText(text: string): string {
  text.charCodeAt(0);
  return text;
}
