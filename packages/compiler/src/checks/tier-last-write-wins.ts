import { buildDiagnostic, TIER_PROFILES, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3101: tiers that forbid last write wins (tier 1) do not use it. */
export const tierLastWriteWinsCheck: SemanticCheck = {
  code: "FP3101",
  name: "tier1-last-write-wins",
  description: "A tier-1 field does not resolve conflicts by last write wins.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.rule.lastWriteWins === undefined || TIER_PROFILES[field.tier].allowsLastWriteWins) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3101",
          message: `Field \`${fieldKey}\` is tier ${field.tier} but resolves conflicts with \`lastWriteWins\`; a tier-${field.tier} value must not depend on which system wrote last.`,
          path: buildFieldPath(fieldKey, "rule", "lastWriteWins"),
          hint: "Use `ownerWins` (with `noRegression` or `protectedValues` where they apply), lower the tier, or waive FP3101 with a reason.",
        }),
      );
    }
    return problems;
  },
};
