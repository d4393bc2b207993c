import type { LastWriteWins } from "@fieldpolicy/core";
import { canonicalEquals } from "../normalize/canonical-equals";
import type { Verdict } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  systemRank,
  withAdoption,
  withVerdicts,
  type RulePart,
} from "./rule-state";

/**
 * Last write wins: the newest change by event time wins. Changes within `skewToleranceSeconds`
 * of the newest count as simultaneous, and among them the system first in `tieBreak` wins (then
 * the policy's system order, then the later time), so the result never depends on arrival order.
 */
export const applyLastWriteWins: RulePart<LastWriteWins> = (config, field, state) => {
  const ruleId = buildRuleId(field, "lastWriteWins");
  const open = findOpenIndexes(state);
  if (open.length === 0) {
    return state;
  }

  const newest = Math.max(...open.map((index) => state.changes[index]!.at));
  const simultaneous = open.filter((index) => state.changes[index]!.at >= newest - config.skewToleranceSeconds * 1000);
  const rank = (system: string): number => {
    const position = config.tieBreak.indexOf(system);
    return position === -1 ? config.tieBreak.length + systemRank(field, system) : position;
  };
  const winner = [...simultaneous].sort((left, right) => {
    const a = state.changes[left]!;
    const b = state.changes[right]!;
    return rank(a.system) - rank(b.system) || b.at - a.at || left - right;
  })[0]!;
  const kept = state.changes[winner]!.value;

  const updates = new Map<number, Verdict>();
  for (const index of open) {
    const reason =
      index === winner ? "newestWrite" : canonicalEquals(state.changes[index]!.value, kept) ? "agrees" : "olderWrite";
    updates.set(index, { disposition: reason === "olderWrite" ? "rejected" : "applied", reason, ruleId });
  }

  const tie =
    simultaneous.length > 1
      ? `, ahead of changes within ${config.skewToleranceSeconds} seconds by the tie-break order`
      : "";
  return withAdoption(withVerdicts(state, updates), {
    value: kept,
    source: state.changes[winner]!.system,
    ruleId,
    explanation: `${describeChange(field, state.changes[winner]!)} is the newest change to ${field.label} by event time${tie}, so it wins.`,
  });
};
