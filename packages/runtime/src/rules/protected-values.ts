import { canonicalEquals, describeValue } from "../normalize/canonical-equals";
import type { CanonicalValue } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  settleViolations,
  type RulePart,
  type Violation,
} from "./rule-state";

/**
 * Protected values: while the field contains a protected value, only the system of record may
 * replace it. The value in force starts as the base and follows the system of record's changes in
 * event-time order, so protection starts when the system of record sets a protected value and ends
 * when it replaces it.
 */
export const applyProtectedValues: RulePart<readonly string[]> = (values, field, state) => {
  const ruleId = buildRuleId(field, "protectedValues");
  const isProtected = (value: CanonicalValue): boolean => typeof value === "string" && values.includes(value);
  const violations: Violation[] = [];

  // Changes are in event-time order, so the value in force is tracked in one pass.
  let inForce: CanonicalValue = state.base.value;
  for (const index of findOpenIndexes(state)) {
    const change = state.changes[index]!;
    if (change.system === field.systemOfRecord) {
      inForce = change.value;
      continue;
    }
    if (!isProtected(inForce) || canonicalEquals(change.value, inForce)) {
      continue;
    }
    violations.push({
      index,
      reason: "protectedValue",
      trigger: "protectedValue",
      ruleId,
      reviewReason: `${describeChange(field, change)} would overwrite the protected value ${describeValue(inForce)} of ${field.label}, which only the system of record may change.`,
    });
  }

  return settleViolations(field, state, violations);
};
