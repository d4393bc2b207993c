// The field-level orchestration: runs a field's rule parts over the resolution state in the
// precedence of RULE_PART_NAMES. Each part is a pure function of its IR fragment, so a generated
// resolver can call the same parts in the same order without this loop.

import { RULE_PART_NAMES, type Rule } from "@fieldpolicy/core";
import { applyRulePart } from "./rules/index";
import { applyOwnerWins } from "./rules/owner-wins";
import { findOpenIndexes } from "./rules/rule-state";
import type { FieldFacts, ResolutionState } from "./types";

/**
 * Applies every rule part of the rule in precedence order. Changes still open after the last part
 * have no part that picks a value for them, so they are judged as under `ownerWins` without
 * `fillBlanks`, which keeps the system of record's value. That is the safe default for any tier.
 */
export function resolveFieldState(rule: Rule, field: FieldFacts, initial: ResolutionState): ResolutionState {
  let state = initial;
  for (const name of RULE_PART_NAMES) {
    state = applyRulePart(name, rule, field, state);
  }

  return settleOpenChanges(field, state);
}

/** Judges the changes no rule part settled as under `ownerWins` without `fillBlanks`. */
export function settleOpenChanges(field: FieldFacts, state: ResolutionState): ResolutionState {
  if (findOpenIndexes(state).length > 0) {
    return applyOwnerWins({ fillBlanks: false }, field, state);
  }
  return state;
}
