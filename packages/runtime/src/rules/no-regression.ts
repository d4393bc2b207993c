import type { NoRegression } from "@fieldpolicy/core";
import { describeValue } from "../normalize/canonical-equals";
import type { CanonicalValue } from "../types";
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
 * No regression: each change is compared with the value in force before it, which is the latest
 * earlier change by event time from the system of record that did not regress itself, else the
 * base. A forward move from another system is permitted. A backward move, a clear included, is
 * rejected or reviewed under `regression`, except a demotion the policy names, which only the
 * system of record may make.
 */
export const applyNoRegression: RulePart<NoRegression> = (config, field, state) => {
  const ruleId = buildRuleId(field, "noRegression");
  const rank = (value: CanonicalValue): number => (isBlankValue(value) ? -1 : config.order.indexOf(String(value)));
  const permitted: number[] = [];
  const violations: Violation[] = [];

  // Changes are in event-time order, so the value in force is tracked in one pass.
  let inForce: CanonicalValue = state.base.value;
  for (const index of findOpenIndexes(state)) {
    const change = state.changes[index]!;
    const isSystemOfRecord = change.system === field.systemOfRecord;
    const previous = inForce;
    const verdict = judgeMove(config, rank, previous, change.value, isSystemOfRecord);

    if (verdict === "regression") {
      violations.push({
        index,
        reason: "regression",
        trigger: "regression",
        ruleId,
        reviewReason: `${describeChange(field, change)} would move ${field.label} back from ${describeValue(previous)}, which is not an allowed demotion.`,
      });
      continue;
    }
    if (verdict === "forward" && !isSystemOfRecord) {
      permitted.push(index);
    }
    if (isSystemOfRecord) {
      inForce = change.value;
    }
  }

  return settleViolations(field, withPermitted(state, permitted), violations);
};

/** The direction of a change relative to the value in force. */
type Move = "forward" | "same" | "regression" | "unranked";

function judgeMove(
  config: NoRegression,
  rank: (value: CanonicalValue) => number,
  previous: CanonicalValue,
  next: CanonicalValue,
  isSystemOfRecord: boolean,
): Move {
  const from = rank(previous);
  const to = rank(next);

  // Values outside the declared order cannot be ranked; the compiler reports them.
  if (isBlankValue(previous) || from === -1 || (to === -1 && !isBlankValue(next))) {
    return "unranked";
  }
  if (to !== from) {
    const named = config.demotions.some((demotion) => demotion.from === previous && demotion.to === next);
    if (to > from || (isSystemOfRecord && named)) {
      return to > from ? "forward" : "same";
    }
    return "regression";
  }
  return "same";
}
