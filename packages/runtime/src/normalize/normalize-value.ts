// Converts one native value into the field's canonical value, by value type. Blanks become null
// before any type conversion, so `Unknown` in a picklist is a blank, not an unmapped value.

import type { Field } from "@fieldpolicy/core";
import type { ReasonCode } from "../reason-codes";
import type { CanonicalValue, UserDirectory } from "../types";
import { isBlank } from "./blank";
import { splitMultiSelect, sortAsSet } from "./multi-select";
import { parseBoolean } from "./normalize-boolean";
import { formatInstant, parseInstant } from "./normalize-time";
import { findUserBySystemId, findUserByReference, toUserReference } from "./user-reference";
import { mapToCanonical } from "./value-map";

/** The canonical value, or the reason the native value has none. */
export type NormalizedValue = { ok: true; value: CanonicalValue } | { ok: false; reason: ReasonCode };

/** Inputs of value normalization besides the value itself. */
export interface ValueContext {
  field: Field;
  /** The system that sent the value, whose value map and user ids apply. */
  system: string;
  placeholders: ReadonlySet<string>;
  users: UserDirectory | undefined;
}

/** Normalizes a native value from one system into the field's canonical value. */
export function normalizeValue(native: unknown, context: ValueContext): NormalizedValue {
  if (isBlank(native, context.placeholders)) {
    return { ok: true, value: null };
  }

  const type = context.field.type;
  switch (type.kind) {
    case "text":
      return normalizeText(native, type.maxLength);
    case "picklist":
      return normalizePicklist(native, type.values, context);
    case "multiPicklist":
      return normalizeMultiPicklist(native, type.values, context);
    case "boolean":
      return fromOptional(parseBoolean(native), "invalidValue");
    case "userReference":
      return normalizeUserReference(native, context);
    case "date":
      return normalizeDate(native);
    case "datetime":
      return normalizeDateTime(native);
    case "number":
      return normalizeNumber(native, type.scale);
  }
}

function fromOptional(value: CanonicalValue | undefined, reason: ReasonCode): NormalizedValue {
  return value === undefined ? { ok: false, reason } : { ok: true, value };
}

function normalizeText(native: unknown, maxLength: number | null): NormalizedValue {
  if (typeof native !== "string" && typeof native !== "number" && typeof native !== "boolean") {
    return { ok: false, reason: "invalidValue" };
  }
  const text = String(native);
  if (maxLength !== null && [...text].length > maxLength) {
    return { ok: false, reason: "tooLong" };
  }
  return { ok: true, value: text };
}

function normalizePicklist(native: unknown, values: readonly string[], context: ValueContext): NormalizedValue {
  if (typeof native !== "string") {
    return { ok: false, reason: "unmappedValue" };
  }
  const valueMap = context.field.type.kind === "picklist" ? context.field.type.valueMaps[context.system] : undefined;
  return fromOptional(mapToCanonical(native.trim(), values, valueMap), "unmappedValue");
}

function normalizeMultiPicklist(native: unknown, values: readonly string[], context: ValueContext): NormalizedValue {
  if (typeof native !== "string" && !Array.isArray(native)) {
    return { ok: false, reason: "unmappedValue" };
  }
  const valueMap =
    context.field.type.kind === "multiPicklist" ? context.field.type.valueMaps[context.system] : undefined;

  const canonicalItems: string[] = [];
  for (const item of splitMultiSelect(native)) {
    const canonical = mapToCanonical(item, values, valueMap);
    if (canonical === undefined) {
      return { ok: false, reason: "unmappedValue" };
    }
    canonicalItems.push(canonical);
  }
  return { ok: true, value: sortAsSet(canonicalItems, values) };
}

function normalizeUserReference(native: unknown, context: ValueContext): NormalizedValue {
  if (typeof native !== "string" && typeof native !== "number") {
    return { ok: false, reason: "invalidValue" };
  }
  const text = String(native).trim();

  // An enrichment vendor or an import may name the owner by email rather than by user id.
  const user =
    findUserBySystemId(context.users, context.system, text) ?? findUserByReference(context.users, text.toLowerCase());
  return user === undefined ? { ok: false, reason: "unmappedUser" } : { ok: true, value: toUserReference(user) };
}

function normalizeDate(native: unknown): NormalizedValue {
  if (typeof native === "string" && /^\d{4}-\d{2}-\d{2}$/.test(native.trim())) {
    const epochMs = parseInstant(native);
    return Number.isNaN(epochMs) ? { ok: false, reason: "invalidValue" } : { ok: true, value: native.trim() };
  }
  const epochMs = parseInstant(native);
  return Number.isNaN(epochMs)
    ? { ok: false, reason: "invalidValue" }
    : { ok: true, value: formatInstant(epochMs).slice(0, 10) };
}

function normalizeDateTime(native: unknown): NormalizedValue {
  const epochMs = parseInstant(native);
  return Number.isNaN(epochMs) ? { ok: false, reason: "invalidValue" } : { ok: true, value: formatInstant(epochMs) };
}

// Number() also reads `0x10`, `0b1` and `0o7`, which no platform sends for a number field, so only
// decimal notation, with an optional exponent, counts as a number.
const DECIMAL_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function normalizeNumber(native: unknown, scale: number | null): NormalizedValue {
  let number = Number.NaN;
  if (typeof native === "number") {
    number = native;
  } else if (typeof native === "string" && DECIMAL_NUMBER.test(native.trim())) {
    number = Number(native.trim());
  }
  if (!Number.isFinite(number)) {
    return { ok: false, reason: "invalidValue" };
  }
  if (scale === null) {
    return { ok: true, value: number };
  }
  const factor = 10 ** scale;
  return { ok: true, value: Math.round(number * factor) / factor };
}
