// Converts a canonical value into the encoding one system writes. Picklists go through the value
// map and user references become the system's user id. Booleans and numbers are strings for
// HubSpot, which stores every property as text. Multi-selects are joined with `;`, as Salesforce
// and HubSpot store them.

import type { Field, SystemKind } from "@fieldpolicy/core";
import type { CanonicalValue, UserDirectory } from "../types";
import { findActiveSystemId, findUserByReference } from "./user-reference";
import { mapToNative } from "./value-map";

/** A native value to write, or the reason the system cannot hold the canonical value. */
export type EncodedValue = { ok: true; value: unknown } | { ok: false; reason: "notAllowedInTarget" | "unmappedUser" };

/** Inputs of encoding besides the value. */
export interface EncodeContext {
  field: Field;
  system: string;
  systemKind: SystemKind;
  users: UserDirectory | undefined;
}

/** Encodes a canonical value for one system. */
export function encodeValue(value: CanonicalValue, context: EncodeContext): EncodedValue {
  if (value === null) {
    // HubSpot clears a property with an empty string; the other APIs take null.
    return { ok: true, value: context.systemKind === "hubspot" ? "" : null };
  }

  const type = context.field.type;
  switch (type.kind) {
    case "picklist": {
      const native = mapToNative(String(value), type.values, type.valueMaps[context.system]);
      return native === undefined ? { ok: false, reason: "notAllowedInTarget" } : { ok: true, value: native };
    }
    case "multiPicklist":
      return encodeMultiPicklist(value, type.values, type.valueMaps[context.system]);
    case "userReference": {
      const user = findUserByReference(context.users, String(value));
      const id = user === undefined ? undefined : findActiveSystemId(user, context.system);
      return id === undefined ? { ok: false, reason: "unmappedUser" } : { ok: true, value: id };
    }
    case "boolean":
      return { ok: true, value: context.systemKind === "hubspot" ? String(value) : value };
    case "number":
      return { ok: true, value: context.systemKind === "hubspot" ? String(value) : value };
    default:
      return { ok: true, value };
  }
}

function encodeMultiPicklist(
  value: CanonicalValue,
  values: readonly string[],
  valueMap: Parameters<typeof mapToNative>[2],
): EncodedValue {
  const items = Array.isArray(value) ? value : [String(value)];
  const natives: string[] = [];
  for (const item of items) {
    const native = mapToNative(item, values, valueMap);
    if (native === undefined) {
      return { ok: false, reason: "notAllowedInTarget" };
    }
    natives.push(native);
  }
  return { ok: true, value: natives.join(";") };
}
