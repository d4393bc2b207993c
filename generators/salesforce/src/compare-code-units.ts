/**
 * Compares two strings by UTF-16 code units, the order `Array.prototype.sort` uses by default,
 * so sorted output does not depend on the machine's locale.
 */
export function compareCodeUnits(left: string, right: string): number {
  if (left < right) {
    return -1;
  }
  if (left > right) {
    return 1;
  }
  return 0;
}
