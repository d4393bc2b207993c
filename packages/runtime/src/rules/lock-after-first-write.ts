import type { LockAfterFirstWrite } from "@fieldpolicy/core";
import { canonicalEquals, describeValue } from "../normalize/canonical-equals";
import type { Verdict } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  isBlankValue,
  settleViolations,
  withAdoption,
  withPermitted,
  withVerdicts,
  type RulePart,
  type Violation,
} from "./rule-state";

/**
 * Lock after first write: the first non-blank value is final. When the base is blank, the
 * first write is the earliest non-blank change by event time, so a late-arriving earlier change
 * still wins. Systems in `correctableBy` pass on to later parts. A missing base counts as blank,
 * because no snapshot shows that a value was ever set.
 */
export const applyLockAfterFirstWrite: RulePart<LockAfterFirstWrite> = (config, field, state) => {
  const ruleId = buildRuleId(field, "lockAfterFirstWrite");
  const open = findOpenIndexes(state);

  const baseLocked = !isBlankValue(state.base.value);
  const firstIndex = baseLocked ? undefined : open.find((index) => !isBlankValue(state.changes[index]!.value));
  if (!baseLocked && firstIndex === undefined) {
    return state;
  }
  const locked = baseLocked ? state.base.value : state.changes[firstIndex!]!.value;

  const updates = new Map<number, Verdict>();
  const violations: Violation[] = [];
  const correctable: number[] = [];
  for (const index of open) {
    const change = state.changes[index]!;
    if (index === firstIndex) {
      continue;
    }
    if (config.correctableBy.includes(change.system)) {
      correctable.push(index);
    } else if (canonicalEquals(change.value, locked)) {
      updates.set(index, { disposition: "applied", reason: "agrees", ruleId });
    } else {
      violations.push({
        index,
        reason: "lockedAfterFirstWrite",
        trigger: "lockedWrite",
        ruleId,
        reviewReason: `${describeChange(field, change)} would overwrite ${field.label}, which is locked at its first value ${describeValue(locked)}.`,
      });
    }
  }

  let next = settleViolations(field, withVerdicts(state, updates), violations);
  if (firstIndex === undefined) {
    return next;
  }

  // A correctable system may still replace the first write, so later parts decide between them.
  if (correctable.length > 0) {
    return withPermitted(next, [firstIndex]);
  }

  const first = state.changes[firstIndex]!;
  next = withVerdicts(next, new Map([[firstIndex, { disposition: "applied", reason: "firstWrite", ruleId }]]));
  return withAdoption(next, {
    value: first.value,
    source: first.system,
    ruleId,
    explanation: `${describeChange(field, first)} was the first value of ${field.label} by event time, so it is locked and no later write replaces it.`,
  });
};
