// Facts several checks need about one field: which systems it is bound in, which of them the
// resolver writes into, and which canonical values it has. They are computed in one place so that
// every check agrees on them.

import { toJsonPointer, type Field, type PolicyIR } from "@fieldpolicy/core";

/** Builds the JSON Pointer of a value inside one field of the IR. */
export function buildFieldPath(fieldKey: string, ...segments: (string | number)[]): string {
  return toJsonPointer(["fields", fieldKey, ...segments]);
}

/** Lists the systems a field is bound in, in the order the IR stores them. */
export function listBoundSystems(field: Field): string[] {
  return Object.keys(field.bindings);
}

/** Returns the field's canonical values, or null when the field is no picklist. */
export function listCanonicalValues(field: Field): string[] | null {
  if (field.type.kind === "picklist" || field.type.kind === "multiPicklist") {
    return [...field.type.values];
  }
  return null;
}

/** True when the system is declared in the policy's `systems`. */
export function isDeclaredSystem(ir: PolicyIR, system: string): boolean {
  return Object.hasOwn(ir.systems, system);
}

/**
 * True when a value other than the system of record's can win for this field. The resolver writes
 * the winning value into every bound system other than the one it came from, so the system of
 * record receives writes exactly when another system's value can win.
 */
export function canOtherSystemWin(field: Field): boolean {
  const rule = field.rule;
  if (rule.ownerWins === undefined) {
    return true;
  }
  if (rule.ownerWins.fillBlanks) {
    return true;
  }
  const limitedForOthers = Object.keys(rule.limitedValues ?? {}).some((system) => system !== field.systemOfRecord);
  const fillFromOther = rule.fillBlankOrStale !== undefined && rule.fillBlankOrStale.source !== field.systemOfRecord;
  return limitedForOthers || fillFromOther || rule.optOutWins !== undefined || rule.lockAfterFirstWrite !== undefined;
}

/** Lists the bound systems the resolver may write the field into. */
export function listSystemsReceivingWrites(field: Field): string[] {
  const otherCanWin = canOtherSystemWin(field);
  return listBoundSystems(field).filter((system) => system !== field.systemOfRecord || otherCanWin);
}

/** Formats a list of names for a message: `a`, `b` and `c`. */
export function formatNames(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length <= 1) {
    return quoted.join("");
  }
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
