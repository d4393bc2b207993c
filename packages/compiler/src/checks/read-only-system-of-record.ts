import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3302: the system whose value is authoritative may write the field. */
export const readOnlySystemOfRecordCheck: SemanticCheck = {
  code: "FP3302",
  name: "read-only-system-of-record",
  description: "A field's system of record is not in its `readOnlyFor` list.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const index = field.rule.readOnlyFor?.indexOf(field.systemOfRecord) ?? -1;
      if (index === -1) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3302",
          message: `Field \`${fieldKey}\` makes \`${field.systemOfRecord}\` its system of record and also read-only, so the authoritative system could never set the value.`,
          path: buildFieldPath(fieldKey, "rule", "readOnlyFor", index),
          hint: `Remove \`${field.systemOfRecord}\` from \`readOnlyFor\`, or make another system the system of record.`,
        }),
      );
    }
    return problems;
  },
};
