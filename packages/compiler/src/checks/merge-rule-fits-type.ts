import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3702: a `union` merge applies only to a value that is a set. */
export const mergeRuleFitsTypeCheck: SemanticCheck = {
  code: "FP3702",
  name: "merge-rule-fits-type",
  description: "The `union` merge rule is used only on multi-select fields.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.merge !== "union" || field.type.kind === "multiPicklist") {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3702",
          message: `Field \`${fieldKey}\` merges with \`union\`, but its type \`${field.type.kind}\` contains one value, not a set.`,
          path: buildFieldPath(fieldKey, "merge"),
          hint: 'Use `"primary"`, `"earliest"`, `"latest"` or `"mostRestrictive"`, or make the field a multiPicklist.',
        }),
      );
    }
    return problems;
  },
};
