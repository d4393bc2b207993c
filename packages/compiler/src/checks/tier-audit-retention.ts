import { buildDiagnostic, TIER_PROFILES, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3103: audit retention is at least the tier's minimum. */
export const tierAuditRetentionCheck: SemanticCheck = {
  code: "FP3103",
  name: "tier-audit-retention",
  description: "A field keeps its audit trail at least as long as its tier requires (tier 1: 90 days, tier 2: 30 days).",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const minimum = TIER_PROFILES[field.tier].minRetentionDays;
      if (field.audit.retentionDays >= minimum) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3103",
          message: `Field \`${fieldKey}\` keeps its audit trail for ${field.audit.retentionDays} days, below the tier-${field.tier} minimum of ${minimum} days.`,
          path: buildFieldPath(fieldKey, "audit", "retentionDays"),
          hint: `Set \`audit.retentionDays\` to ${minimum} or more, or waive FP3103 with a reason.`,
        }),
      );
    }
    return problems;
  },
};
