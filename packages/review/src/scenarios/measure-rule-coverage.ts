import type { PolicyIR, RulePartName } from "@fieldpolicy/core";
import type { ReasonCode } from "@fieldpolicy/runtime";
import { readRulePart } from "./run-scenarios";
import type { FieldRulePart, RuleCoverage, ScenarioResult } from "./scenario-result";

// The rule part behind each reason code that only one part gives. Codes several parts give
// (adopted, agrees, unchanged, echo, superseded, permittedValue) and normalization codes count
// for no part; the decision's own rule id still counts.
const REASON_RULE_PARTS: Partial<Record<ReasonCode, RulePartName>> = {
  systemOfRecord: "ownerWins",
  overriddenBySystemOfRecord: "ownerWins",
  filledSystemOfRecordBlank: "ownerWins",
  regression: "noRegression",
  limitedValue: "limitedValues",
  protectedValue: "protectedValues",
  firstWrite: "lockAfterFirstWrite",
  lockedAfterFirstWrite: "lockAfterFirstWrite",
  recentActivity: "recentActivityLock",
  optOut: "optOutWins",
  optOutWins: "optOutWins",
  optInWithEvidence: "optOutWins",
  optInWithoutEvidence: "optOutWins",
  optInOutsideSystemOfRecord: "optOutWins",
  bulkFlip: "optOutWins",
  filledBlank: "fillBlankOrStale",
  filledStale: "fillBlankOrStale",
  notStale: "fillBlankOrStale",
  verifiedLock: "fillBlankOrStale",
  categoryChange: "fillBlankOrStale",
  readOnlySystem: "readOnlyFor",
  newestWrite: "lastWriteWins",
  olderWrite: "lastWriteWins",
  highestPriority: "sourcePriority",
  lowerPriority: "sourcePriority",
};

/**
 * Measures which rule parts of the policy the scenarios exercised. A part counts when it decided
 * a scenario's outcome or gave the reason for at least one change, whether the scenario passed or not.
 */
export function measureRuleCoverage(ir: PolicyIR, results: readonly ScenarioResult[]): RuleCoverage {
  const touched = new Set<string>();
  for (const result of results) {
    touched.add(`${result.field}.${readRulePart(result.decision.rule.id)}`);
    for (const entry of result.decision.audit) {
      const part = REASON_RULE_PARTS[entry.reason as ReasonCode];
      if (part !== undefined) {
        touched.add(`${result.field}.${part}`);
      }
    }
  }

  const exercised: FieldRulePart[] = [];
  const missing: FieldRulePart[] = [];
  for (const [field, definition] of Object.entries(ir.fields)) {
    for (const part of Object.keys(definition.rule).sort()) {
      (touched.has(`${field}.${part}`) ? exercised : missing).push({ field, part });
    }
  }

  const total = exercised.length + missing.length;
  return { exercised, missing, ratio: total === 0 ? 1 : exercised.length / total };
}
