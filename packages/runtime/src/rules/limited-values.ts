import type { CanonicalValue } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  settleViolations,
  withPermitted,
  type RulePart,
  type Violation,
} from "./rule-state";

/**
 * Limited values: a listed system may set only its listed values. A listed value is permitted, so
 * `ownerWins` does not treat it as an override. Any other value, a clear included, is rejected or
 * reviewed under `limitedValue`.
 */
export const applyLimitedValues: RulePart<Readonly<Record<string, readonly string[]>>> = (limits, field, state) => {
  const ruleId = buildRuleId(field, "limitedValues");
  const permitted: number[] = [];
  const violations: Violation[] = [];

  for (const index of findOpenIndexes(state)) {
    const change = state.changes[index]!;
    const allowed = limits[change.system];
    if (allowed === undefined) {
      continue;
    }
    if (isListed(change.value, allowed)) {
      permitted.push(index);
      continue;
    }
    violations.push({
      index,
      reason: "limitedValue",
      trigger: "limitedValue",
      ruleId,
      reviewReason: `${describeChange(field, change)} is not among the values it may set on ${field.label} (${allowed.join(", ")}).`,
    });
  }

  return settleViolations(field, withPermitted(state, permitted), violations);
};

function isListed(value: CanonicalValue, allowed: readonly string[]): boolean {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every((item) => allowed.includes(item));
  }
  return typeof value === "string" && allowed.includes(value);
}
