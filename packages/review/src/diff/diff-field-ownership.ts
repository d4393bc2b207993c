// Field changes that move ownership or weaken a guarantee: the ones a reviewer must not miss.

import { CONSENT_MAX_SYNC_INTERVAL_MINUTES, TIER_PROFILES, type Field } from "@fieldpolicy/core";
import { buildFieldChange, labelSystem, renderValueList, type FieldPair } from "./diff-context";
import type { PolicyChange } from "./policy-change";
import { selectWriters } from "./select-writers";

/** Reports changes to a field's system of record, writers, tier, reviews, retention, sync and locks. */
export function diffFieldOwnership(pair: FieldPair): PolicyChange[] {
  return [
    ...diffSystemOfRecord(pair),
    ...diffWriters(pair),
    ...diffTier(pair),
    ...diffReviewTriggers(pair),
    ...diffAudit(pair),
    ...diffSyncInterval(pair),
    ...diffLocks(pair),
    ...diffOptOutWins(pair),
  ];
}

function diffSystemOfRecord(pair: FieldPair): PolicyChange[] {
  const { before, after, policy } = pair;
  if (before.systemOfRecord === after.systemOfRecord) {
    return [];
  }
  const message = `${after.label}: system of record changes from ${labelSystem(policy, before.systemOfRecord)} to ${labelSystem(policy, after.systemOfRecord)}.`;
  return [
    buildFieldChange(
      pair,
      "error",
      "system-of-record-changed",
      message,
      "/systemOfRecord",
      before.systemOfRecord,
      after.systemOfRecord,
    ),
  ];
}

function diffWriters(pair: FieldPair): PolicyChange[] {
  const { before, after, policy } = pair;
  const writersBefore = new Set(selectWriters(before));
  const writersAfter = new Set(selectWriters(after));
  const changes: PolicyChange[] = [];

  for (const system of writersAfter) {
    if (!writersBefore.has(system)) {
      const message = `${after.label}: ${labelSystem(policy, system)} gains write access.`;
      changes.push(
        buildFieldChange(
          pair,
          "error",
          "write-access-broadened",
          message,
          "/rule",
          [...writersBefore],
          [...writersAfter],
        ),
      );
    }
  }
  for (const system of writersBefore) {
    if (!writersAfter.has(system)) {
      const message = `${after.label}: ${labelSystem(policy, system)} loses write access, so its writes will be rejected.`;
      changes.push(
        buildFieldChange(
          pair,
          "warning",
          "write-access-narrowed",
          message,
          "/rule",
          [...writersBefore],
          [...writersAfter],
        ),
      );
    }
  }

  // A longer list of limited values lets that system set more values: a broadening too.
  const limitedBefore = before.rule.limitedValues ?? {};
  for (const [system, values] of Object.entries(after.rule.limitedValues ?? {})) {
    const previous = limitedBefore[system];
    const added = previous === undefined ? [] : values.filter((value) => !previous.includes(value));
    if (added.length > 0) {
      const message = `${after.label}: ${labelSystem(policy, system)} may now also set ${renderValueList(added)}.`;
      changes.push(
        buildFieldChange(
          pair,
          "error",
          "write-access-broadened",
          message,
          `/rule/limitedValues/${system}`,
          previous,
          values,
        ),
      );
    }
  }
  return changes;
}

function diffTier(pair: FieldPair): PolicyChange[] {
  const { before, after } = pair;
  if (before.tier === after.tier) {
    return [];
  }
  // Tier 1 is the most critical, so a larger number is a lower tier with weaker guarantees.
  const lowered = after.tier > before.tier;
  const message = `${after.label}: tier ${lowered ? "lowered" : "raised"} from ${before.tier} to ${after.tier}.`;
  return [
    buildFieldChange(
      pair,
      lowered ? "error" : "info",
      lowered ? "tier-lowered" : "tier-raised",
      message,
      "/tier",
      before.tier,
      after.tier,
    ),
  ];
}

function diffReviewTriggers(pair: FieldPair): PolicyChange[] {
  const { before, after } = pair;
  const changes: PolicyChange[] = [];
  const describe = (trigger: Field["review"][number]) => `${trigger.when} → ${trigger.queue}`;
  const keysAfter = new Set(after.review.map(describe));
  const keysBefore = new Set(before.review.map(describe));

  for (const trigger of before.review) {
    if (!keysAfter.has(describe(trigger))) {
      const message = `${after.label}: review trigger "${trigger.when}" to queue ${trigger.queue} removed.`;
      changes.push(buildFieldChange(pair, "error", "review-trigger-removed", message, "/review", trigger, null));
    }
  }
  for (const trigger of after.review) {
    if (!keysBefore.has(describe(trigger))) {
      const message = `${after.label}: review trigger "${trigger.when}" to queue ${trigger.queue} added.`;
      changes.push(buildFieldChange(pair, "info", "review-trigger-added", message, "/review", null, trigger));
    }
  }
  return changes;
}

function diffAudit(pair: FieldPair): PolicyChange[] {
  const { before, after } = pair;
  const changes: PolicyChange[] = [];
  const retentionBefore = before.audit.retentionDays;
  const retentionAfter = after.audit.retentionDays;

  if (retentionAfter < retentionBefore) {
    const message = `${after.label}: audit retention shortened from ${retentionBefore} to ${retentionAfter} days.`;
    changes.push(
      buildFieldChange(
        pair,
        "error",
        "audit-retention-shortened",
        message,
        "/audit/retentionDays",
        retentionBefore,
        retentionAfter,
      ),
    );
  } else if (retentionAfter > retentionBefore) {
    const message = `${after.label}: audit retention extended from ${retentionBefore} to ${retentionAfter} days.`;
    changes.push(
      buildFieldChange(
        pair,
        "info",
        "audit-retention-extended",
        message,
        "/audit/retentionDays",
        retentionBefore,
        retentionAfter,
      ),
    );
  }

  if (before.audit.trackHistory !== after.audit.trackHistory) {
    const tracked = after.audit.trackHistory;
    const message = `${after.label}: Salesforce field history tracking ${tracked ? "turned on" : "turned off"}.`;
    const severity = tracked ? "info" : "warning";
    changes.push(
      buildFieldChange(pair, severity, "history-tracking-changed", message, "/audit/trackHistory", !tracked, tracked),
    );
  }
  return changes;
}

function diffSyncInterval(pair: FieldPair): PolicyChange[] {
  const { before, after } = pair;
  const intervalBefore = before.syncIntervalMinutes;
  const intervalAfter = after.syncIntervalMinutes;
  if (intervalBefore === intervalAfter) {
    return [];
  }

  const limit = syncIntervalLimit(after);
  const path = "/syncIntervalMinutes";
  if (intervalAfter > intervalBefore && limit !== null && intervalAfter > limit) {
    const message = `${after.label}: sync interval raised from ${intervalBefore} to ${intervalAfter} minutes, past the limit of ${limit} minutes for this field.`;
    return [buildFieldChange(pair, "error", "sync-interval-past-limit", message, path, intervalBefore, intervalAfter)];
  }
  const raised = intervalAfter > intervalBefore;
  const message = `${after.label}: sync interval ${raised ? "raised" : "lowered"} from ${intervalBefore} to ${intervalAfter} minutes.`;
  return [
    buildFieldChange(
      pair,
      raised ? "warning" : "info",
      raised ? "sync-interval-raised" : "sync-interval-lowered",
      message,
      path,
      intervalBefore,
      intervalAfter,
    ),
  ];
}

/** Returns the longest sync interval the compiler allows for the field, or null for no limit. */
function syncIntervalLimit(field: Field): number | null {
  const tierLimit = TIER_PROFILES[field.tier].maxSyncIntervalMinutes;
  if (field.category !== "consent") {
    return tierLimit;
  }
  return tierLimit === null
    ? CONSENT_MAX_SYNC_INTERVAL_MINUTES
    : Math.min(tierLimit, CONSENT_MAX_SYNC_INTERVAL_MINUTES);
}

function diffLocks(pair: FieldPair): PolicyChange[] {
  const { before, after } = pair;
  const changes: PolicyChange[] = [];
  const lockParts = [
    ["lockAfterFirstWrite", "the lock after the first write"],
    ["recentActivityLock", "the recent activity lock"],
    ["protectedValues", "the protected values"],
  ] as const;

  for (const [part, description] of lockParts) {
    if (before.rule[part] !== undefined && after.rule[part] === undefined) {
      const message = `${after.label}: ${description} is removed.`;
      changes.push(buildFieldChange(pair, "error", "lock-removed", message, `/rule/${part}`, before.rule[part], null));
    }
  }

  if (before.lockDirection === "fromSystemOfRecord" && after.lockDirection === "twoWay") {
    const message = `${after.label}: the one-way lock from the system of record becomes two-way sync.`;
    changes.push(
      buildFieldChange(
        pair,
        "error",
        "lock-removed",
        message,
        "/lockDirection",
        before.lockDirection,
        after.lockDirection,
      ),
    );
  }
  return changes;
}

function diffOptOutWins(pair: FieldPair): PolicyChange[] {
  const { before, after } = pair;
  const isConsent = before.category === "consent" || after.category === "consent";
  if (!isConsent || before.rule.optOutWins === undefined || after.rule.optOutWins !== undefined) {
    return [];
  }
  const message = `${after.label}: opt-out wins is removed from a consent field, so an opt-out may no longer propagate at once.`;
  return [
    buildFieldChange(pair, "error", "opt-out-wins-removed", message, "/rule/optOutWins", before.rule.optOutWins, null),
  ];
}
