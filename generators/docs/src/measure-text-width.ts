// Text width as prettier measures it (wide East Asian characters count two, combining marks
// zero), so tables padded here are the ones prettier would pad.

import { createRequire } from "node:module";

/** The part of prettier's CommonJS entry that this module uses. */
interface PrettierUtilities {
  util: { getStringWidth(text: string): number };
}

let prettier: PrettierUtilities | undefined;

/**
 * Measures the width of a line of text in prettier's terms. Prettier is loaded on the first call,
 * through its synchronous CommonJS entry, so CLI commands that generate no document do not pay
 * for loading it.
 */
export function measureTextWidth(text: string): number {
  // The cast is safe: prettier 3's CommonJS entry exports `util.getStringWidth`, and the pinned
  // version is the one the build formats with.
  prettier ??= createRequire(import.meta.url)("prettier") as PrettierUtilities;
  return prettier.util.getStringWidth(text);
}
