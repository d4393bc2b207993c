import type { NoRegression } from "@fieldpolicy/core";
import { describeValue } from "../normalize/canonical-equals";
import type { CanonicalValue, ResolutionState } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  isBlankValue,
  settleViolations,
  withPermitted,
  type RulePart,
  type Violation,
} from "./rule-state";

/**
 * No regression: each change is compared with the value before it, which is the latest open
 * change from the system of record earlier by event time, else the base. A forward move from
 * another system is permitted. A backward move, a clear included, is rejected or reviewed under
 * `regression`, except a demotion the policy names, which only the system of record may make.
 */
export const applyNoRegression: RulePart<NoRegression> = (config, field, state) => {
  const ruleId = buildRuleId(field, "noRegression");
  const rank = (value: CanonicalValue): number => (isBlankValue(value) ? -1 : config.order.indexOf(String(value)));
  const open = findOpenIndexes(state);
  const permitted: number[] = [];
  const violations: Violation[] = [];

  for (const index of open) {
    const change = state.changes[index]!;
    const previous = findPreviousValue(state, open, index, field.systemOfRecord);
    const from = rank(previous);
    const to = rank(change.value);

    // Values outside the declared order cannot be ranked; the compiler reports them.
    if (isBlankValue(previous) || from === -1 || (to === -1 && !isBlankValue(change.value))) {
      continue;
    }
    if (to >= from) {
      if (change.system !== field.systemOfRecord && to > from) {
        permitted.push(index);
      }
      continue;
    }

    const isSystemOfRecord = change.system === field.systemOfRecord;
    const named = config.demotions.some((demotion) => demotion.from === previous && demotion.to === change.value);
    if (isSystemOfRecord && named) {
      continue;
    }
    violations.push({
      index,
      reason: "regression",
      trigger: "regression",
      ruleId,
      reviewReason: `${describeChange(field, change)} would move ${field.label} back from ${describeValue(previous)}, which is not an allowed demotion.`,
    });
  }

  return settleViolations(field, withPermitted(state, permitted), violations);
};

function findPreviousValue(state: ResolutionState, open: readonly number[], index: number, systemOfRecord: string): CanonicalValue {
  const at = state.changes[index]!.at;
  let previous: CanonicalValue = state.base.value;
  let previousAt = Number.NEGATIVE_INFINITY;
  for (const candidate of open) {
    const change = state.changes[candidate]!;
    if (candidate !== index && change.system === systemOfRecord && change.at < at && change.at >= previousAt) {
      previous = change.value;
      previousAt = change.at;
    }
  }
  return previous;
}
