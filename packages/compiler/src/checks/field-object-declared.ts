import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames } from "./select-field-systems";

/** FP3004: a field belongs to a declared object. */
export const fieldObjectDeclaredCheck: SemanticCheck = {
  code: "FP3004",
  name: "field-object-declared",
  description: "Every field's `object` is a key of `objects`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (Object.hasOwn(ir.objects, field.object)) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3004",
          message: `Field \`${fieldKey}\` belongs to object \`${field.object}\`, which is not declared.`,
          path: buildFieldPath(fieldKey, "object"),
          hint: `Use one of the declared objects (${formatNames(Object.keys(ir.objects))}) or declare \`${field.object}\` in \`objects\`.`,
        }),
      );
    }
    return problems;
  },
};
