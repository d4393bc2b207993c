import type { SourcePriority } from "@fieldpolicy/core";
import { canonicalEquals, describeValue } from "../normalize/canonical-equals";
import type { CanonicalValue, Verdict } from "../types";
import {
  buildRuleId,
  findLatest,
  findOpenIndexes,
  isBlankValue,
  labelOf,
  systemRank,
  withAdoption,
  withVerdicts,
  type RulePart,
} from "./rule-state";

/**
 * Source priority: the value of each system is its latest open change, or the base when it made
 * none. The first system in `order` whose value is not blank wins. Systems outside `order` follow it in the
 * policy's system order. When every value is blank, the highest-ranked clear wins.
 */
export const applySourcePriority: RulePart<SourcePriority> = (config, field, state) => {
  const ruleId = buildRuleId(field, "sourcePriority");
  const open = findOpenIndexes(state);
  if (open.length === 0) {
    return state;
  }

  const rank = (system: string): number => {
    const position = config.order.indexOf(system);
    return position === -1 ? config.order.length + systemRank(field, system) : position;
  };
  const systems = [...new Set(field.systems.concat(open.map((index) => state.changes[index]!.system)))].sort(
    (left, right) => rank(left) - rank(right),
  );
  const latestBySystem = new Map<string, number>();
  for (const system of systems) {
    const latest = findLatest(
      state,
      open.filter((index) => state.changes[index]!.system === system),
    );
    if (latest !== undefined) {
      latestBySystem.set(system, latest);
    }
  }

  const valueOf = (system: string): CanonicalValue => {
    const index = latestBySystem.get(system);
    return index === undefined ? state.base.value : state.changes[index]!.value;
  };
  const winnerSystem =
    systems.find((system) => !isBlankValue(valueOf(system))) ?? systems.find((system) => latestBySystem.has(system));
  const winnerIndex = winnerSystem === undefined ? undefined : latestBySystem.get(winnerSystem);
  const kept = winnerSystem === undefined ? state.base.value : valueOf(winnerSystem);

  const updates = new Map<number, Verdict>();
  for (const index of open) {
    const change = state.changes[index]!;
    if (index === winnerIndex) {
      updates.set(index, { disposition: "applied", reason: "highestPriority", ruleId });
    } else if (canonicalEquals(change.value, kept)) {
      updates.set(index, { disposition: "applied", reason: "agrees", ruleId });
    } else {
      const reason = latestBySystem.get(change.system) === index ? "lowerPriority" : "superseded";
      updates.set(index, { disposition: "rejected", reason, ruleId });
    }
  }

  const source = winnerIndex === undefined ? "base" : state.changes[winnerIndex]!.system;
  const holder = winnerSystem === undefined ? "the base" : labelOf(field, winnerSystem);
  return withAdoption(withVerdicts(state, updates), {
    value: kept,
    source,
    ruleId,
    explanation: `${holder} comes first in the source priority of ${field.label} with a value, so ${describeValue(kept)} wins.`,
  });
};
