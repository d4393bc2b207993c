import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, isDeclaredSystem } from "./select-field-systems";

/** FP3001: a field's system of record is one of the declared systems. */
export const systemOfRecordDeclaredCheck: SemanticCheck = {
  code: "FP3001",
  name: "system-of-record-declared",
  description: "Every field's system of record is a system declared in `systems`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    const declared = Object.keys(ir.systems);

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (isDeclaredSystem(ir, field.systemOfRecord)) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3001",
          message: `Field \`${fieldKey}\` names \`${field.systemOfRecord}\` as its system of record, but no such system is declared.`,
          path: buildFieldPath(fieldKey, "systemOfRecord"),
          hint: `Use one of the declared systems (${formatNames(declared)}) or declare \`${field.systemOfRecord}\` in \`systems\`.`,
        }),
      );
    }
    return problems;
  },
};
