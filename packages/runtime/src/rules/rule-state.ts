// Helpers every rule part uses to read and update the resolution state without mutating it.

import type { ReviewCondition } from "@fieldpolicy/core";
import { describeValue } from "../normalize/canonical-equals";
import type { ReasonCode } from "../reason-codes";
import type { Adoption, CanonicalValue, FieldFacts, NormalizedChange, ResolutionState, Verdict } from "../types";

/** A rule part: a pure function of its IR fragment, the field's facts and the state so far. */
export type RulePart<Config> = (config: Config, field: FieldFacts, state: ResolutionState) => ResolutionState;

/** Indexes of the changes that have no verdict yet, in the state's deterministic order. */
export function findOpenIndexes(state: ResolutionState): number[] {
  const open: number[] = [];
  state.verdicts.forEach((verdict, index) => {
    if (verdict === null) {
      open.push(index);
    }
  });
  return open;
}

/** Returns the state with verdicts set for the given changes. */
export function withVerdicts(state: ResolutionState, updates: ReadonlyMap<number, Verdict>): ResolutionState {
  if (updates.size === 0) {
    return state;
  }
  const verdicts = state.verdicts.map((verdict, index) => updates.get(index) ?? verdict);
  return { ...state, verdicts };
}

/** Returns the state with the given open changes marked as permitted for later parts. */
export function withPermitted(state: ResolutionState, indexes: readonly number[]): ResolutionState {
  if (indexes.length === 0) {
    return state;
  }
  const permitted = state.permitted.map((flag, index) => flag || indexes.includes(index));
  return { ...state, permitted };
}

/** Returns the state with an adopted value, unless an earlier part already adopted one. */
export function withAdoption(state: ResolutionState, adoption: Adoption): ResolutionState {
  return state.adoption === null ? { ...state, adoption } : state;
}

/** Finds the queue of the field's trigger for a condition. An `always` trigger matches every condition. */
export function findReviewQueue(field: FieldFacts, condition: ReviewCondition): string | undefined {
  const trigger =
    field.review.find((candidate) => candidate.when === condition) ??
    field.review.find((candidate) => candidate.when === "always");
  return trigger?.queue;
}

/** A change that breaks a rule part, and what the reviewer reads about it. */
export interface Violation {
  index: number;
  reason: ReasonCode;
  trigger: ReviewCondition;
  ruleId: string;
  /** One sentence for the reviewer. */
  reviewReason: string;
}

/**
 * Settles violations: a change goes to the review queue when the field has a trigger for the
 * condition, and is rejected otherwise. The first violation that finds a queue names the review.
 */
export function settleViolations(
  field: FieldFacts,
  state: ResolutionState,
  violations: readonly Violation[],
): ResolutionState {
  if (violations.length === 0) {
    return state;
  }
  let review = state.review;
  const updates = new Map<number, Verdict>();

  for (const violation of violations) {
    const queue = findReviewQueue(field, violation.trigger);
    if (queue === undefined) {
      updates.set(violation.index, { disposition: "rejected", reason: violation.reason, ruleId: violation.ruleId });
      continue;
    }
    updates.set(violation.index, { disposition: "queued", reason: violation.reason, ruleId: violation.ruleId });
    review ??= { queue, trigger: violation.trigger, reason: violation.reviewReason, ruleId: violation.ruleId };
  }

  return { ...withVerdicts(state, updates), review };
}

/** Builds a rule id from the field key and the rule part name. */
export function buildRuleId(field: FieldFacts, part: string): string {
  return `${field.key}.${part}`;
}

/** Names a system's value in a sentence: `HubSpot's "Contacted"`. */
export function describeChange(field: FieldFacts, change: Pick<NormalizedChange, "system" | "value">): string {
  return `${labelOf(field, change.system)}'s ${describeValue(change.value)}`;
}

/** Returns the display name of a system. */
export function labelOf(field: FieldFacts, system: string): string {
  return field.systemLabels[system] ?? system;
}

/** Returns the position of a system in the policy's fixed order. Unknown systems sort last. */
export function systemRank(field: FieldFacts, system: string): number {
  const rank = field.systemOrder.indexOf(system);
  return rank === -1 ? field.systemOrder.length : rank;
}

/** True when a canonical value is blank. */
export function isBlankValue(value: CanonicalValue): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** Finds the latest of the given changes by event time. Among equal times the one earlier in the list wins. */
export function findLatest(state: ResolutionState, indexes: readonly number[]): number | undefined {
  let latest: number | undefined;
  for (const index of indexes) {
    if (latest === undefined || state.changes[index]!.at > state.changes[latest]!.at) {
      latest = index;
    }
  }
  return latest;
}
