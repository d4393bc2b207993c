import { buildDiagnostic, TIER_PROFILES, type DiagnosticInput } from "@fieldpolicy/core";
import { canReviewTriggerFire } from "./review-trigger-reachable";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/**
 * FP3102: a field whose tier requires review (tier 1) has at least one review trigger its rule can
 * fire, so the conflicts its rule cannot settle reach a person.
 */
export const tierReviewTriggerCheck: SemanticCheck = {
  code: "FP3102",
  name: "tier1-review-trigger",
  description: "A tier-1 field has at least one review trigger that its rule can fire.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (!TIER_PROFILES[field.tier].requiresReview) {
        continue;
      }
      // A trigger whose condition the rule never produces (FP3403) reaches nobody either.
      const reachable = field.review.filter((trigger) => canReviewTriggerFire(field, trigger.when));
      if (reachable.length > 0) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3102",
          message:
            field.review.length === 0
              ? `Field \`${fieldKey}\` is tier ${field.tier} but has no review trigger, so conflicts its rule cannot settle never reach a person.`
              : `Field \`${fieldKey}\` is tier ${field.tier} but none of its review triggers can fire with its rule, so conflicts never reach a person.`,
          path: buildFieldPath(fieldKey, "review"),
          hint: 'Add a trigger the rule produces, such as `{ when: "override", queue: "<queue>" }` with `ownerWins`, or waive FP3102 with a reason.',
        }),
      );
    }
    return problems;
  },
};
