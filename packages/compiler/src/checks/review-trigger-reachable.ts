import { buildDiagnostic, type DiagnosticInput, type Field, type ReviewCondition } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** For each review condition: whether the field's rule can produce it, and the part that would. */
const PRODUCERS: Record<ReviewCondition, { canFire: (field: Field) => boolean; needs: string }> = {
  override: {
    canFire: (field) => field.rule.ownerWins !== undefined || field.rule.readOnlyFor !== undefined,
    needs: "`ownerWins` or `readOnlyFor`",
  },
  regression: { canFire: (field) => field.rule.noRegression !== undefined, needs: "`noRegression`" },
  protectedValue: { canFire: (field) => field.rule.protectedValues !== undefined, needs: "`protectedValues`" },
  lockedWrite: { canFire: (field) => field.rule.lockAfterFirstWrite !== undefined, needs: "`lockAfterFirstWrite`" },
  categoryChange: {
    canFire: (field) => Object.keys(field.rule.fillBlankOrStale?.categories ?? {}).length > 0,
    needs: "`fillBlankOrStale` with `categories`",
  },
  optInWithoutEvidence: {
    canFire: (field) => field.rule.optOutWins?.evidenceRequired === true,
    needs: "`optOutWins` with `evidenceRequired: true`",
  },
  limitedValue: { canFire: (field) => field.rule.limitedValues !== undefined, needs: "`limitedValues`" },
  recentActivity: { canFire: (field) => field.rule.recentActivityLock !== undefined, needs: "`recentActivityLock`" },
  unmappedUser: { canFire: (field) => field.type.kind === "userReference", needs: 'a `{ kind: "userReference" }` type' },
  always: { canFire: () => true, needs: "nothing" },
};

/** True when the field's rule can produce the review condition, so a trigger on it can fire. */
export function canReviewTriggerFire(field: Field, condition: ReviewCondition): boolean {
  return PRODUCERS[condition].canFire(field);
}

/** FP3403: a review trigger waits for a condition the field's rule can produce. */
export const reviewTriggerReachableCheck: SemanticCheck = {
  code: "FP3403",
  name: "review-trigger-reachable",
  description: "A review trigger's condition is one the field's rule can produce (`regression` needs `noRegression`, and so on).",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      field.review.forEach((trigger, index) => {
        const producer = PRODUCERS[trigger.when];
        if (producer.canFire(field)) {
          return;
        }
        problems.push(
          buildDiagnostic({
            code: "FP3403",
            severity: "warning",
            message: `The \`${trigger.when}\` review trigger of \`${fieldKey}\` can never fire, because only ${producer.needs} produces that condition and the field's rule has none.`,
            path: buildFieldPath(fieldKey, "review", index, "when"),
            hint: `Add ${producer.needs} to the rule, or pick the condition the rule does produce.`,
          }),
        );
      });
    }
    return problems;
  },
};
