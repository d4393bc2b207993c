import type { FillBlankOrStale } from "@fieldpolicy/core";
import { describeValue } from "../normalize/canonical-equals";
import type { ReasonCode } from "../reason-codes";
import type { CanonicalValue, NormalizedChange, Verdict } from "../types";
import { findCategory } from "./role-category";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  isBlankValue,
  labelOf,
  settleViolations,
  withAdoption,
  withVerdicts,
  type RulePart,
  type Violation,
} from "./rule-state";

const DAY_MS = 86_400_000;

/** The field's value at one point of the replay, and what is known about it. */
interface Holder {
  value: CanonicalValue;
  source: string;
  index: number | null;
  changedAt: number | null;
  verifiedAt: number | null;
}

/**
 * Fill blank or stale: replays the open changes in event-time order. A change from another system
 * replaces the value, as the most recent edit of a low-risk field. A change from the fill source
 * replaces it only when it is blank or older than `maxAge`. The age counts from the field's own
 * change time: the change's `fieldChangedAt`, else the time of the value it replaces. A person's
 * verification younger than `verifiedLockDays` blocks the fill. A fill that moves the value to
 * another role category goes to review under `categoryChange`.
 */
export const applyFillBlankOrStale: RulePart<FillBlankOrStale> = (config, field, state) => {
  const ruleId = buildRuleId(field, "fillBlankOrStale");
  const open = findOpenIndexes(state);
  if (open.length === 0) {
    return state;
  }

  let holder: Holder = {
    value: state.base.value,
    source: "base",
    index: null,
    changedAt: state.base.at,
    verifiedAt: null,
  };
  const updates = new Map<number, Verdict>();
  const violations: Violation[] = [];
  const adopt = (index: number, change: NormalizedChange, reason: ReasonCode): void => {
    if (holder.index !== null) {
      updates.set(holder.index, { disposition: "rejected", reason: "olderWrite", ruleId });
    }
    updates.set(index, { disposition: "applied", reason, ruleId });
    const verifiedAt =
      change.system !== config.source && change.facts.verified ? (change.facts.verifiedAt ?? change.at) : null;
    holder = { value: change.value, source: change.system, index, changedAt: change.at, verifiedAt };
  };

  for (const index of open) {
    const change = state.changes[index]!;
    if (change.system !== config.source) {
      adopt(index, change, "adopted");
      continue;
    }

    const refusal = findFillRefusal(config, holder, change);
    if (refusal !== null) {
      updates.set(index, { disposition: "rejected", reason: refusal, ruleId });
      continue;
    }

    const from = typeof holder.value === "string" ? findCategory(holder.value, config.categories) : undefined;
    const to = typeof change.value === "string" ? findCategory(change.value, config.categories) : undefined;
    if (from !== undefined && to !== undefined && from !== to) {
      violations.push({
        index,
        reason: "categoryChange",
        trigger: "categoryChange",
        ruleId,
        reviewReason: `${describeChange(field, change)} would move ${field.label} from ${describeValue(holder.value)} (${from}) to another role category (${to}).`,
      });
      continue;
    }
    adopt(index, change, isBlankValue(holder.value) ? "filledBlank" : "filledStale");
  }

  const next = settleViolations(field, withVerdicts(state, updates), violations);
  const source = holder.source === "base" ? "the base" : labelOf(field, holder.source);
  return withAdoption(next, {
    value: holder.value,
    source: holder.source,
    ruleId,
    explanation: `${labelOf(field, config.source)} fills ${field.label} only when it is blank or older than ${config.maxAge.days} days, so ${field.label} takes ${describeValue(holder.value)} from ${source}.`,
  });
};

function findFillRefusal(
  config: FillBlankOrStale,
  holder: Holder,
  change: NormalizedChange,
): "blankFill" | "verifiedLock" | "notStale" | null {
  // The source sends a placeholder when it does not know the value, which is no reason to clear it.
  if (isBlankValue(change.value)) {
    return "blankFill";
  }

  // A verification flag on the fill source's own change describes the value it would replace.
  const verifiedAt = change.facts.verified ? (change.facts.verifiedAt ?? holder.verifiedAt) : holder.verifiedAt;
  if (verifiedAt !== null && change.at - verifiedAt < config.verifiedLockDays * DAY_MS) {
    return "verifiedLock";
  }
  if (isBlankValue(holder.value)) {
    return null;
  }

  // An unknown age is not taken as stale, so a value without history is kept.
  const changedAt = change.facts.fieldChangedAt ?? holder.changedAt;
  if (changedAt === null || change.at - changedAt <= config.maxAge.days * DAY_MS) {
    return "notStale";
  }
  return null;
}
