import type { Field, ValueMap } from "@fieldpolicy/core";

/** One system's value map of one picklist field. */
export interface FieldValueMap {
  system: string;
  valueMap: ValueMap;
  canonicalValues: string[];
}

/** Lists the value maps of a picklist or multi-select field; other fields have none. */
export function listValueMaps(field: Field): FieldValueMap[] {
  if (field.type.kind !== "picklist" && field.type.kind !== "multiPicklist") {
    return [];
  }
  const canonicalValues = [...field.type.values];
  return Object.entries(field.type.valueMaps).map(([system, valueMap]) => ({ system, valueMap, canonicalValues }));
}
