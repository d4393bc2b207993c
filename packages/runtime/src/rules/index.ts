// The rule parts by name, for the orchestration that wires them from the IR at run time. A
// generated resolver imports the same functions and calls them in the same order directly.

import type { Rule, RulePartName } from "@fieldpolicy/core";
import type { FieldFacts, ResolutionState } from "../types";
import { applyFillBlankOrStale } from "./fill-blank-or-stale";
import { applyLastWriteWins } from "./last-write-wins";
import { applyLimitedValues } from "./limited-values";
import { applyLockAfterFirstWrite } from "./lock-after-first-write";
import { applyNoRegression } from "./no-regression";
import { applyOptOutWins } from "./opt-out-wins";
import { applyOwnerWins } from "./owner-wins";
import { applyProtectedValues } from "./protected-values";
import { applyReadOnlyFor } from "./read-only-for";
import { applyRecentActivityLock } from "./recent-activity-lock";
import { applySourcePriority } from "./source-priority";
import type { RulePart } from "./rule-state";

/** Every rule part's function, keyed by the part's name in the IR. */
export const RULE_PARTS: { readonly [Name in RulePartName]-?: RulePart<NonNullable<Rule[Name]>> } = {
  readOnlyFor: applyReadOnlyFor,
  optOutWins: applyOptOutWins,
  lockAfterFirstWrite: applyLockAfterFirstWrite,
  protectedValues: applyProtectedValues,
  limitedValues: applyLimitedValues,
  recentActivityLock: applyRecentActivityLock,
  noRegression: applyNoRegression,
  fillBlankOrStale: applyFillBlankOrStale,
  ownerWins: applyOwnerWins,
  sourcePriority: applySourcePriority,
  lastWriteWins: applyLastWriteWins,
};

/** Applies one rule part of a field's rule, when the rule has it. */
export function applyRulePart<Name extends RulePartName>(
  name: Name,
  rule: Rule,
  field: FieldFacts,
  state: ResolutionState,
): ResolutionState {
  const config = rule[name];
  if (config === undefined) {
    return state;
  }
  const part = RULE_PARTS[name] as RulePart<NonNullable<Rule[Name]>>;
  return part(config as NonNullable<Rule[Name]>, field, state);
}
