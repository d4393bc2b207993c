import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, isDeclaredSystem } from "./select-field-systems";

/** FP3002: the system of record has a binding for the field, so its authoritative value can reach the others. */
export const systemOfRecordBoundCheck: SemanticCheck = {
  code: "FP3002",
  name: "system-of-record-bound",
  description: "Every field is bound in its own system of record.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      // An undeclared system of record is FP3001's finding; one report per mistake is enough.
      if (!isDeclaredSystem(ir, field.systemOfRecord) || Object.hasOwn(field.bindings, field.systemOfRecord)) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3002",
          message: `Field \`${fieldKey}\` has \`${field.systemOfRecord}\` as its system of record but no binding in it, so the authoritative value never reaches the other systems.`,
          path: buildFieldPath(fieldKey, "bindings"),
          hint: `Add \`${field.systemOfRecord}: "<property API name>"\` to the field's \`bindings\`, or make a bound system the system of record.`,
        }),
      );
    }
    return problems;
  },
};
