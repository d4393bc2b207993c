import { buildDiagnostic, CONSENT_MAX_SYNC_INTERVAL_MINUTES, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3502: a consent field syncs within the consent maximum, whatever its tier. */
export const consentSyncIntervalCheck: SemanticCheck = {
  code: "FP3502",
  name: "consent-sync-interval",
  description: `A consent field syncs at least every ${CONSENT_MAX_SYNC_INTERVAL_MINUTES} minutes.`,
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.category !== "consent" || field.syncIntervalMinutes <= CONSENT_MAX_SYNC_INTERVAL_MINUTES) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3502",
          message: `Consent field \`${fieldKey}\` syncs every ${field.syncIntervalMinutes} minutes; an opt-out must reach every system within ${CONSENT_MAX_SYNC_INTERVAL_MINUTES} minutes.`,
          path: buildFieldPath(fieldKey, "syncIntervalMinutes"),
          hint: `Set \`syncIntervalMinutes\` to ${CONSENT_MAX_SYNC_INTERVAL_MINUTES} or less.`,
        }),
      );
    }
    return problems;
  },
};
