import type { Field } from "@fieldpolicy/core";

/**
 * Returns the systems whose changes to a field the rule may adopt, sorted. A system writes when
 * the field is bound in it and it is not read-only for the field; with `ownerWins`, only the
 * system of record writes, plus the systems the rule lets in: every system while the value is
 * blank (`fillBlanks`), the fill source, systems with limited values, and any system's opt-out.
 */
export function selectWriters(field: Field): string[] {
  const bound = Object.keys(field.bindings);
  const readOnly = new Set(field.rule.readOnlyFor ?? []);
  const candidates = bound.filter((system) => !readOnly.has(system));

  if (field.rule.ownerWins === undefined || field.rule.ownerWins.fillBlanks || field.rule.optOutWins !== undefined) {
    return candidates.sort();
  }

  const admitted = new Set<string>([field.systemOfRecord]);
  if (field.rule.fillBlankOrStale !== undefined) {
    admitted.add(field.rule.fillBlankOrStale.source);
  }
  for (const system of Object.keys(field.rule.limitedValues ?? {})) {
    admitted.add(system);
  }
  return candidates.filter((system) => admitted.has(system)).sort();
}
