// Selection of the field a worked example uses: one whose rule has the part the example is about,
// and whose values the examples can sample.

import type { Field, PolicyIR } from "@fieldpolicy/core";
import { buildSampleValues } from "./build-sample-values";

function countRuleParts(field: Field): number {
  return Object.keys(field.rule).length;
}

/**
 * Picks the field for a scenario: among fields that pass the test and can be sampled, the one
 * whose rule has the fewest other parts (so the part in question decides), then the most critical
 * tier, then the first key.
 */
export function selectField(ir: PolicyIR, test: (field: Field) => boolean): string | null {
  const candidates = Object.keys(ir.fields)
    .sort()
    .filter((key) => {
      const field = ir.fields[key]!;
      return test(field) && buildSampleValues(field).length >= 2 && Object.keys(field.bindings).length >= 2;
    });
  candidates.sort((left, right) => {
    const a = ir.fields[left]!;
    const b = ir.fields[right]!;
    return countRuleParts(a) - countRuleParts(b) || a.tier - b.tier;
  });
  return candidates[0] ?? null;
}

/** Returns the first system other than the system of record that may write the field, or null. */
export function selectWritingOtherSystem(field: Field): string | null {
  const readOnly: readonly string[] = field.rule.readOnlyFor ?? [];
  return (
    Object.keys(field.bindings)
      .sort()
      .find((system) => system !== field.systemOfRecord && !readOnly.includes(system)) ?? null
  );
}
