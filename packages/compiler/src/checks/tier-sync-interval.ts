import { buildDiagnostic, TIER_PROFILES, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3104: the sync interval is at most the tier's maximum. */
export const tierSyncIntervalCheck: SemanticCheck = {
  code: "FP3104",
  name: "tier-sync-interval",
  description: "A field syncs at least as often as its tier requires (tier 1: every 60 minutes).",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const maximum = TIER_PROFILES[field.tier].maxSyncIntervalMinutes;
      if (maximum === null || field.syncIntervalMinutes <= maximum) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3104",
          message: `Field \`${fieldKey}\` syncs every ${field.syncIntervalMinutes} minutes, above the tier-${field.tier} maximum of ${maximum} minutes.`,
          path: buildFieldPath(fieldKey, "syncIntervalMinutes"),
          hint: `Set \`syncIntervalMinutes\` to ${maximum} or less, or waive FP3104 with a reason.`,
        }),
      );
    }
    return problems;
  },
};
