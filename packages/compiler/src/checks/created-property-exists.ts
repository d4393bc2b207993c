import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listCatalogBindings } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP4102: a property the policy would create already exists. */
export const createdPropertyExistsCheck: SemanticCheck = {
  code: "FP4102",
  name: "created-property-exists",
  description: "A binding with `create: true` names a property that does not exist yet.",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];

    for (const entry of listCatalogBindings(ir, catalog)) {
      if (!entry.binding.create || entry.property === null) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP4102",
          severity: "warning",
          message: `Field \`${entry.fieldKey}\` asks to create \`${entry.binding.property}\` in \`${entry.system}\`, but ${entry.catalogObject.file} already lists it (${entry.property.platformType}).`,
          path: buildFieldPath(entry.fieldKey, "bindings", entry.system, "create"),
          hint: "Remove `create: true` to bind the existing property, or bind a new name if the existing property means something else.",
        }),
      );
    }
    return problems;
  },
};
