import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, isDeclaredSystem } from "./select-field-systems";

/** FP3005: every system that syncs a field also syncs the field's object. */
export const objectBoundInSystemCheck: SemanticCheck = {
  code: "FP3005",
  name: "object-bound-in-system",
  description: "Each system a field is bound in also binds the field's object, so the property has a record type to live on.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const object = ir.objects[field.object];
      // An undeclared object is FP3004's finding; an undeclared system is FP3003's.
      if (object === undefined) {
        continue;
      }
      for (const system of Object.keys(field.bindings)) {
        if (!isDeclaredSystem(ir, system) || Object.hasOwn(object.bindings, system)) {
          continue;
        }
        problems.push(
          buildDiagnostic({
            code: "FP3005",
            message: `Field \`${fieldKey}\` is bound in \`${system}\`, but its object \`${field.object}\` has no binding in \`${system}\`.`,
            path: buildFieldPath(fieldKey, "bindings", system),
            hint: `Add \`${system}: "<object API name>"\` to \`objects.${field.object}.bindings\`, or remove the field's binding in \`${system}\`.`,
          }),
        );
      }
    }
    return problems;
  },
};
