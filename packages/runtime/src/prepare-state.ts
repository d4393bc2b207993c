// Settles the changes that need no rule part before the parts run: changes that could not be
// normalized, echoes of the resolver's own writes, blanks that a missing base makes ambiguous, and
// changes that only repeat the agreed value.

import { canonicalEquals } from "./normalize/canonical-equals";
import { isOptOut } from "./rules/opt-out-wins";
import { buildRuleId, labelOf, settleViolations, type Violation } from "./rules/rule-state";
import type { CanonicalValue, FieldFacts, NormalizedBase, NormalizedChange, ResolutionState, Verdict } from "./types";

/** Inputs of the initial state. */
export interface InitialStateInput {
  field: FieldFacts;
  base: NormalizedBase;
  changes: readonly NormalizedChange[];
  /** Indexes of the changes the session recognized as echoes of its own writes. */
  echoes: ReadonlySet<number>;
  now: number;
}

/** Builds the state the rule parts start from. */
export function buildInitialState(input: InitialStateInput): ResolutionState {
  const { field, base, changes } = input;

  // The verdicts are filled in place while the state is still being built, before any rule part
  // reads it, which spares a Map of updates and a copy of the list.
  const verdicts: (Verdict | null)[] = [];
  const violations: Violation[] = [];
  const previousBySystem = new Map<string, CanonicalValue>();
  changes.forEach((change, index) => {
    const previous = previousBySystem.has(change.system) ? previousBySystem.get(change.system)! : base.value;
    const covered = isCoveredByBase(field, base, change);
    if (hasCanonicalValue(change) && !covered) {
      previousBySystem.set(change.system, change.value);
    }
    verdicts.push(null);

    if (isUnchanged(base, previous, change)) {
      verdicts[index] = { disposition: "applied", reason: "unchanged", ruleId: buildRuleId(field, "unchanged") };
    } else if (input.echoes.has(index)) {
      verdicts[index] = { disposition: "applied", reason: "echo", ruleId: buildRuleId(field, "echo") };
    } else if (covered) {
      verdicts[index] = { disposition: "rejected", reason: "olderThanBase", ruleId: buildRuleId(field, "normalize") };
    } else if (change.problem === "unmappedUser") {
      violations.push(buildUnmappedUserViolation(field, change, index));
    } else if (change.problem !== null) {
      verdicts[index] = { disposition: "rejected", reason: change.problem, ruleId: buildRuleId(field, "normalize") };
    } else if (base.missing && change.value === null) {
      verdicts[index] = { disposition: "rejected", reason: "ambiguousBlank", ruleId: buildRuleId(field, "normalize") };
    }
  });

  const state: ResolutionState = {
    base,
    changes,
    verdicts,
    permitted: changes.map(() => false),
    adoption: null,
    review: null,
    now: input.now,
  };
  return settleUnmappedUsers(field, state, violations);
}

// A change that repeats the system's previous value (its earlier change in this conflict, else the
// base) is no change, even when another system could not encode it. A change back to the base
// after an earlier change of the same system is a real change.
function isUnchanged(base: NormalizedBase, previous: CanonicalValue, change: NormalizedChange): boolean {
  return !base.missing && hasCanonicalValue(change) && canonicalEquals(change.value, previous);
}

// A change dated before the base's time happened before the systems last agreed, so the base
// already covers it, and adopting it would undo newer agreed work. A change at the base's very
// time is judged by the rules, because Salesforce times have whole seconds only and a change made
// in the second of the last sync is not known to be older. An opt-out is never covered: the most
// restrictive consent value wins whatever its time, so a late opt-out still unsubscribes.
function isCoveredByBase(field: FieldFacts, base: NormalizedBase, change: NormalizedChange): boolean {
  return !base.missing && base.at !== null && change.at < base.at && !isOptOut(field, change);
}

// Blank values count only without a problem, because a failed normalization also gives null.
function hasCanonicalValue(change: NormalizedChange): boolean {
  return change.problem === null || change.value !== null;
}

function buildUnmappedUserViolation(field: FieldFacts, change: NormalizedChange, index: number): Violation {
  return {
    index,
    reason: "unmappedUser",
    trigger: "unmappedUser",
    ruleId: buildRuleId(field, "normalize"),
    reviewReason: `${labelOf(field, change.system)}'s owner ${JSON.stringify(change.native)} on ${field.label} maps to no active user of every system the field is bound to, so a person must pick the owner.`,
  };
}

// An owner that maps to no active user goes to a person, never to a fallback owner: to the
// field's `unmappedUser` queue, else to the queue of its first review trigger. Only a field
// without any review trigger rejects it.
function settleUnmappedUsers(
  field: FieldFacts,
  state: ResolutionState,
  violations: readonly Violation[],
): ResolutionState {
  if (violations.length === 0) {
    return state;
  }
  const fallback = field.review[0];
  const hasOwnTrigger = field.review.some((trigger) => trigger.when === "unmappedUser" || trigger.when === "always");
  const reviewed: FieldFacts =
    hasOwnTrigger || fallback === undefined
      ? field
      : { ...field, review: [...field.review, { when: "unmappedUser", queue: fallback.queue }] };
  return settleViolations(reviewed, state, violations);
}
