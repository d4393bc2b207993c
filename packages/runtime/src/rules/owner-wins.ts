import type { OwnerWins } from "@fieldpolicy/core";
import { canonicalEquals, describeValue } from "../normalize/canonical-equals";
import type { ReasonCode } from "../reason-codes";
import type { FieldFacts, NormalizedChange, Verdict } from "../types";
import {
  buildRuleId,
  describeChange,
  findLatest,
  findOpenIndexes,
  isBlankValue,
  labelOf,
  settleViolations,
  withAdoption,
  withVerdicts,
  type RulePart,
  type Violation,
} from "./rule-state";

/**
 * Owner wins: the system of record's latest change is adopted. Without one, the latest change that
 * an earlier part permitted (a listed limited value, a forward move) is adopted. While the system
 * of record's value is blank and `fillBlanks` is set, another system's latest non-blank change
 * fills it. Every other change is rejected and written back, or reviewed under `override`.
 */
export const applyOwnerWins: RulePart<OwnerWins> = (config, field, state) => {
  const ruleId = buildRuleId(field, "ownerWins");
  const open = findOpenIndexes(state);
  if (open.length === 0) {
    return state;
  }

  const fromOwner = open.filter((index) => state.changes[index]!.system === field.systemOfRecord);
  const fillsBlank = config.fillBlanks && isBlankValue(state.base.value);
  const candidates =
    fromOwner.length > 0
      ? fromOwner
      : open.filter(
          (index) => state.permitted[index] === true || (fillsBlank && !isBlankValue(state.changes[index]!.value)),
        );
  const winner = findLatest(state, candidates);

  const updates = new Map<number, Verdict>();
  const violations: Violation[] = [];
  const kept = winner === undefined ? state.base.value : state.changes[winner]!.value;
  for (const index of open) {
    const change = state.changes[index]!;
    if (index === winner) {
      updates.set(index, {
        disposition: "applied",
        reason: findWinnerReason(fromOwner.length > 0, state.permitted[index] === true),
        ruleId,
      });
    } else if (canonicalEquals(change.value, kept)) {
      updates.set(index, { disposition: "applied", reason: "agrees", ruleId });
    } else if (candidates.includes(index)) {
      updates.set(index, {
        disposition: "rejected",
        reason: change.system === field.systemOfRecord ? "superseded" : "olderWrite",
        ruleId,
      });
    } else {
      violations.push({
        index,
        reason: "overriddenBySystemOfRecord",
        trigger: "override",
        ruleId,
        reviewReason: `${describeChange(field, change)} would override ${field.label}, which ${labelOf(field, field.systemOfRecord)} owns with ${describeValue(kept)}.`,
      });
    }
  }

  const next = settleViolations(field, withVerdicts(state, updates), violations);
  if (winner === undefined) {
    return next;
  }
  return withAdoption(next, {
    value: kept,
    source: state.changes[winner]!.system,
    ruleId,
    explanation: explainWinner(field, state.changes[winner]!, fromOwner.length > 0, state.permitted[winner] === true),
  });
};

function findWinnerReason(fromOwner: boolean, permitted: boolean): ReasonCode {
  if (fromOwner) {
    return "systemOfRecord";
  }
  return permitted ? "permittedValue" : "filledSystemOfRecordBlank";
}

function explainWinner(field: FieldFacts, winner: NormalizedChange, fromOwner: boolean, permitted: boolean): string {
  const owner = labelOf(field, field.systemOfRecord);
  if (fromOwner) {
    return `${owner} is the system of record for ${field.label}, so ${describeChange(field, winner)} stands over other systems' changes.`;
  }
  if (permitted) {
    return `${describeChange(field, winner)} is a change ${labelOf(field, winner.system)} may make to ${field.label} although ${owner} owns it, so it is adopted.`;
  }
  return `${owner}'s value of ${field.label} is blank and the policy lets others fill it, so ${describeChange(field, winner)} is adopted.`;
}
