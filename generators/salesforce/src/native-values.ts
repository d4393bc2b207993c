// Rules name canonical values; Salesforce stores each system's native values. These helpers map
// one to the other through the field's value map for the Salesforce system.

import type { Field } from "@fieldpolicy/core";

/**
 * Lists the native Salesforce values that stand for a canonical value: the two-way values first, then
 * the inbound-only ones. A field without a value map for Salesforce stores canonical values as
 * they are.
 */
export function listNativeValues(field: Field, salesforceSystem: string, canonical: string): string[] {
  if (field.type.kind !== "picklist" && field.type.kind !== "multiPicklist") {
    return [canonical];
  }
  const valueMap = field.type.valueMaps[salesforceSystem];
  if (valueMap === undefined) {
    return [canonical];
  }
  const twoWay = Object.keys(valueMap.values).filter((native) => valueMap.values[native] === canonical);
  const inbound = Object.keys(valueMap.inboundOnly).filter((native) => valueMap.inboundOnly[native] === canonical);
  return [...twoWay, ...inbound];
}

/** Lists the native values of several canonical values, without repeats, in the order given. */
export function listNativeValuesOf(field: Field, salesforceSystem: string, canonical: readonly string[]): string[] {
  return unique(canonical.flatMap((value) => listNativeValues(field, salesforceSystem, value)));
}

/**
 * Lists every native value the Salesforce picklist must offer: each canonical value's native values in
 * canonical order, then the values the policy adds that no canonical value maps to.
 */
export function listPicklistValues(field: Field, salesforceSystem: string): string[] {
  if (field.type.kind !== "picklist" && field.type.kind !== "multiPicklist") {
    return [];
  }
  const added = field.type.valueMaps[salesforceSystem]?.addToPicklist ?? [];
  return unique([...listNativeValuesOf(field, salesforceSystem, field.type.values), ...added]);
}

/** Lists the values the policy adds to the Salesforce picklist. */
export function listAddedPicklistValues(field: Field, salesforceSystem: string): string[] {
  if (field.type.kind !== "picklist" && field.type.kind !== "multiPicklist") {
    return [];
  }
  return [...(field.type.valueMaps[salesforceSystem]?.addToPicklist ?? [])];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
