import { buildDiagnostic, toJsonPointer, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, isDeclaredSystem } from "./select-field-systems";

/** FP3003: bindings of fields and objects name only declared systems. */
export const bindingSystemDeclaredCheck: SemanticCheck = {
  code: "FP3003",
  name: "binding-system-declared",
  description: "Field and object bindings name only systems declared in `systems`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    const hint = `Use one of the declared systems (${formatNames(Object.keys(ir.systems))}) or declare the system in \`systems\`.`;

    for (const [objectKey, object] of Object.entries(ir.objects)) {
      for (const system of Object.keys(object.bindings)) {
        if (!isDeclaredSystem(ir, system)) {
          problems.push(
            buildDiagnostic({
              code: "FP3003",
              message: `Object \`${objectKey}\` is bound in \`${system}\`, which is not a declared system.`,
              path: toJsonPointer(["objects", objectKey, "bindings", system]),
              hint,
            }),
          );
        }
      }
    }

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const system of Object.keys(field.bindings)) {
        if (!isDeclaredSystem(ir, system)) {
          problems.push(
            buildDiagnostic({
              code: "FP3003",
              message: `Field \`${fieldKey}\` is bound in \`${system}\`, which is not a declared system.`,
              path: buildFieldPath(fieldKey, "bindings", system),
              hint,
            }),
          );
        }
      }
    }
    return problems;
  },
};
