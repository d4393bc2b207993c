import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3701: when the policy governs merges, every field has a merge rule for the surviving value. */
export const mergeRuleRequiredCheck: SemanticCheck = {
  code: "FP3701",
  name: "merge-rule-required",
  description: "When `merges.governed` is true, every bound field has a merge rule.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    if (!ir.merges.governed) {
      return problems;
    }

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.merge !== null || Object.keys(field.bindings).length === 0) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3701",
          message: `The policy governs merges, but field \`${fieldKey}\` has no merge rule, so a merge of duplicates would keep an arbitrary value.`,
          path: buildFieldPath(fieldKey),
          hint: 'Add `merge: "primary"` (or `mostRestrictive`, `earliest`, `latest`, `union`) to the field.',
        }),
      );
    }
    return problems;
  },
};
