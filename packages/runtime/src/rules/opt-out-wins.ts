import type { OptOutWins } from "@fieldpolicy/core";
import type { ReasonCode } from "../reason-codes";
import type { FieldFacts, NormalizedChange, Verdict } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  labelOf,
  settleViolations,
  withAdoption,
  withVerdicts,
  type RulePart,
  type Violation,
} from "./rule-state";

// The consent field is a boolean that is true when the person opted out, so `true` is the most
// restrictive value.
const OPTED_OUT = true;

/** True when a change opts the person out on a field whose rule has opt-out wins. */
export function isOptOut(field: FieldFacts, change: NormalizedChange): boolean {
  return field.optOutWins && change.problem === null && change.value === OPTED_OUT;
}

/**
 * Opt-out wins: any opt-out applies at once, whatever its time or system. A return to opted-in
 * (false, or a clear of an opt-out) is applied only from the system of record, with consent
 * evidence when the policy requires it, and never from an untrusted bulk job. Any other return is
 * reviewed under `optInWithoutEvidence` or rejected.
 */
export const applyOptOutWins: RulePart<OptOutWins> = (config, field, state) => {
  const ruleId = buildRuleId(field, "optOutWins");
  const open = findOpenIndexes(state);
  const optOuts = open.filter((index) => state.changes[index]!.value === OPTED_OUT);

  if (optOuts.length > 0) {
    const updates = new Map<number, Verdict>();
    for (const index of open) {
      const reason: ReasonCode = optOuts.includes(index) ? "optOut" : "optOutWins";
      updates.set(index, { disposition: reason === "optOut" ? "applied" : "rejected", reason, ruleId });
    }
    const first = state.changes[optOuts[0]!]!;
    return withAdoption(withVerdicts(state, updates), {
      value: OPTED_OUT,
      source: first.system,
      ruleId,
      explanation: `${labelOf(field, first.system)} opted the person out of ${field.label}, and the most restrictive consent value wins at once over any other change.`,
    });
  }

  // Without an opt-out in the base there is nothing to return from, so later parts decide.
  if (state.base.value !== OPTED_OUT) {
    return state;
  }

  const violations: Violation[] = [];
  const accepted: number[] = [];
  for (const index of open) {
    const change = state.changes[index]!;
    const reason = findOptInProblem(config, field.systemOfRecord, change);
    if (reason === null) {
      accepted.push(index);
      continue;
    }
    violations.push({
      index,
      reason,
      trigger: "optInWithoutEvidence",
      ruleId,
      reviewReason: `${describeChange(field, change)} would return the person to opted-in on ${field.label}, but ${REVIEW_DETAIL[reason]}.`,
    });
  }

  let next = settleViolations(field, state, violations);
  const latest = accepted.at(-1);
  if (latest === undefined) {
    return next;
  }

  const updates = new Map<number, Verdict>(
    accepted.map((index) => [
      index,
      {
        disposition: index === latest ? "applied" : "rejected",
        reason: index === latest ? "optInWithEvidence" : "superseded",
        ruleId,
      },
    ]),
  );
  const change = state.changes[latest]!;
  next = withVerdicts(next, updates);
  return withAdoption(next, {
    value: change.value,
    source: change.system,
    ruleId,
    explanation: `${labelOf(field, change.system)}, the system of record for ${field.label}, returned the person to opted-in with consent evidence.`,
  });
};

const REVIEW_DETAIL: Record<"bulkFlip" | "optInOutsideSystemOfRecord" | "optInWithoutEvidence", string> = {
  bulkFlip: "it belongs to a bulk job that flipped more opt-outs than the policy trusts",
  optInOutsideSystemOfRecord: "only the consent system of record may do that",
  optInWithoutEvidence: "it carries no consent evidence",
};

function findOptInProblem(
  config: OptOutWins,
  systemOfRecord: string,
  change: NormalizedChange,
): "bulkFlip" | "optInOutsideSystemOfRecord" | "optInWithoutEvidence" | null {
  if (change.bulkFlip) {
    return "bulkFlip";
  }
  if (change.system !== systemOfRecord) {
    return "optInOutsideSystemOfRecord";
  }
  if (config.evidenceRequired && !change.facts.consentEvidence) {
    return "optInWithoutEvidence";
  }
  return null;
}
