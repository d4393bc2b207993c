import { buildDiagnostic, TIER_PROFILES, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/**
 * FP3102: a field whose tier requires review (tier 1) has at least one review trigger, so the
 * conflicts its rule cannot settle reach a person.
 */
export const tierReviewTriggerCheck: SemanticCheck = {
  code: "FP3102",
  name: "tier1-review-trigger",
  description: "A tier-1 field has at least one review trigger.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.review.length > 0 || !TIER_PROFILES[field.tier].requiresReview) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3102",
          message: `Field \`${fieldKey}\` is tier ${field.tier} but has no review trigger, so conflicts its rule cannot settle never reach a person.`,
          path: buildFieldPath(fieldKey, "review"),
          hint: 'Add a trigger such as `review: [{ when: "override", queue: "<queue>" }]`, or waive FP3102 with a reason.',
        }),
      );
    }
    return problems;
  },
};
