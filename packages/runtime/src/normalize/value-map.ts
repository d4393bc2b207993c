// Picklist values go through the field's value map of each system: native to canonical on the
// way in (`values` and `inboundOnly`), canonical to native on the way out (`values` only). A
// system without a value map uses the canonical values natively.

import type { ValueMap } from "@fieldpolicy/core";

/** Maps a native picklist value to its canonical value, or returns undefined when none matches. */
export function mapToCanonical(
  native: string,
  canonicalValues: readonly string[],
  valueMap: ValueMap | undefined,
): string | undefined {
  if (valueMap === undefined) {
    return canonicalValues.includes(native) ? native : undefined;
  }
  // Own keys only: a native value named like an Object.prototype member (`constructor`,
  // `toString`, `__proto__`) must map to nothing, not to a built-in function.
  if (Object.hasOwn(valueMap.values, native)) {
    return valueMap.values[native];
  }
  return Object.hasOwn(valueMap.inboundOnly, native) ? valueMap.inboundOnly[native] : undefined;
}

/** Maps a canonical value to the native value a system writes, or returns undefined when it has none. */
export function mapToNative(
  canonical: string,
  canonicalValues: readonly string[],
  valueMap: ValueMap | undefined,
): string | undefined {
  if (valueMap === undefined) {
    return canonicalValues.includes(canonical) ? canonical : undefined;
  }
  for (const [native, mapped] of Object.entries(valueMap.values)) {
    if (mapped === canonical) {
      return native;
    }
  }
  return undefined;
}
