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
  return outboundOf(valueMap).get(canonical);
}

// Writes encode every decided value, so each value map's outbound direction is indexed once. The
// first native value listed for a canonical value is the one written. A policy's IR is not changed
// once loaded, so the index never goes stale.
const OUTBOUND = new WeakMap<ValueMap, ReadonlyMap<string, string>>();

function outboundOf(valueMap: ValueMap): ReadonlyMap<string, string> {
  let outbound = OUTBOUND.get(valueMap);
  if (outbound === undefined) {
    const natives = new Map<string, string>();
    for (const [native, canonical] of Object.entries(valueMap.values)) {
      if (!natives.has(canonical)) {
        natives.set(canonical, native);
      }
    }
    outbound = natives;
    OUTBOUND.set(valueMap, outbound);
  }
  return outbound;
}
