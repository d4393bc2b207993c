import { canonicalEquals, describeValue } from "../normalize/canonical-equals";
import type { CanonicalValue } from "../types";
import { buildRuleId, describeChange, findOpenIndexes, settleViolations, type RulePart, type Violation } from "./rule-state";

/**
 * Protected values: once the field contains a protected value, only the system of record may
 * replace it. Protection starts with the base, or at the event time of the system of record's
 * change that set the value, so a change made before that moment is left to later parts.
 */
export const applyProtectedValues: RulePart<readonly string[]> = (values, field, state) => {
  const ruleId = buildRuleId(field, "protectedValues");
  const open = findOpenIndexes(state);
  const isProtected = (value: CanonicalValue): boolean => typeof value === "string" && values.includes(value);

  let protectedValue: CanonicalValue = null;
  let protectedSince = Number.POSITIVE_INFINITY;
  if (isProtected(state.base.value)) {
    protectedValue = state.base.value;
    protectedSince = Number.NEGATIVE_INFINITY;
  } else {
    const setter = open.find((index) => {
      const change = state.changes[index]!;
      return change.system === field.systemOfRecord && isProtected(change.value);
    });
    if (setter !== undefined) {
      protectedValue = state.changes[setter]!.value;
      protectedSince = state.changes[setter]!.at;
    }
  }

  const violations: Violation[] = [];
  for (const index of open) {
    const change = state.changes[index]!;
    if (change.system === field.systemOfRecord || change.at < protectedSince) {
      continue;
    }
    if (canonicalEquals(change.value, protectedValue)) {
      continue;
    }
    violations.push({
      index,
      reason: "protectedValue",
      trigger: "protectedValue",
      ruleId,
      reviewReason: `${describeChange(field, change)} would overwrite the protected value ${describeValue(protectedValue)} of ${field.label}, which only the system of record may change.`,
    });
  }

  return settleViolations(field, state, violations);
};
