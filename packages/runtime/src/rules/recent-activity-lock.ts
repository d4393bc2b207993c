import type { RecentActivityLock } from "@fieldpolicy/core";
import { formatInstant } from "../normalize/normalize-time";
import type { ResolutionState } from "../types";
import {
  buildRuleId,
  describeChange,
  findOpenIndexes,
  labelOf,
  settleViolations,
  type RulePart,
  type Violation,
} from "./rule-state";

const DAY_MS = 86_400_000;

/**
 * Recent activity lock: a listed system may not change the field within `windowDays` after
 * activity in the system of record. Activity is the latest `lastActivityAt` any change reports,
 * or the event time of the system of record's own change in this conflict, at or before the
 * change being judged.
 */
export const applyRecentActivityLock: RulePart<RecentActivityLock> = (config, field, state) => {
  const ruleId = buildRuleId(field, "recentActivityLock");
  const windowMs = config.windowDays * DAY_MS;
  const violations: Violation[] = [];

  for (const index of findOpenIndexes(state)) {
    const change = state.changes[index]!;
    if (!config.systems.includes(change.system) || change.system === field.systemOfRecord) {
      continue;
    }
    const activity = findLatestActivity(state, field.systemOfRecord, change.at);
    if (activity === undefined || change.at - activity > windowMs) {
      continue;
    }
    violations.push({
      index,
      reason: "recentActivity",
      trigger: "recentActivity",
      ruleId,
      reviewReason: `${describeChange(field, change)} came within ${config.windowDays} days of activity in ${labelOf(field, field.systemOfRecord)} on ${formatInstant(activity)}.`,
    });
  }

  return settleViolations(field, state, violations);
};

function findLatestActivity(state: ResolutionState, systemOfRecord: string, before: number): number | undefined {
  let latest: number | undefined;
  for (const change of state.changes) {
    const candidates = [
      change.facts.lastActivityAt,
      change.system === systemOfRecord && change.problem === null ? change.at : null,
    ];
    for (const time of candidates) {
      if (time !== null && time <= before && (latest === undefined || time > latest)) {
        latest = time;
      }
    }
  }
  return latest;
}
