import { DateTime } from "luxon";
import type { PolicyIR } from "@fieldpolicy/core";
import type { RetentionCutoff } from "./store";

/**
 * Computes each policy field's retention cutoff at `now`: entries whose event time `at` lies
 * strictly before `now` minus `audit.retentionDays` days (counted in UTC) are past retention. An
 * entry exactly at the cutoff is kept, because it is still within the retention period, so a
 * 90-day retention keeps every entry of the last 90 days including its first instant.
 */
export function planPurge(policy: PolicyIR, now: string): RetentionCutoff[] {
  const clock = DateTime.fromISO(now, { zone: "utc" });

  return Object.entries(policy.fields)
    .map(([field, definition]) => ({
      field,
      before: clock.minus({ days: definition.audit.retentionDays }).toUTC().toISO({ suppressMilliseconds: false }) ?? now,
    }))
    .sort((left, right) => (left.field < right.field ? -1 : 1));
}
