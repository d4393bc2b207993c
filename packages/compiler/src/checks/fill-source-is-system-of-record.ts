import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/**
 * FP3303: `fillBlankOrStale` lets its source win only over blank or stale values, while a system
 * of record's value is authoritative at all times. With `ownerWins` the two parts contradict each
 * other outright, so that is an error. Without `ownerWins` it is a warning, because the system of
 * record is then authoritative in name only: any other system's fresh value keeps the source out.
 */
export const fillSourceIsSystemOfRecordCheck: SemanticCheck = {
  code: "FP3303",
  name: "fill-source-is-system-of-record",
  description: "The source of `fillBlankOrStale` is not the field's own system of record.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const fill = field.rule.fillBlankOrStale;
      if (fill === undefined || fill.source !== field.systemOfRecord) {
        continue;
      }
      const withOwnerWins = field.rule.ownerWins !== undefined;
      problems.push(
        buildDiagnostic({
          code: "FP3303",
          severity: withOwnerWins ? "error" : "warning",
          message: withOwnerWins
            ? `Field \`${fieldKey}\` lets its system of record \`${fill.source}\` win always (\`ownerWins\`) and only over blank or stale values (\`fillBlankOrStale\`); the two parts contradict each other.`
            : `Field \`${fieldKey}\` names \`${fill.source}\` both its system of record and its \`fillBlankOrStale\` source, so the system of record wins only over blank or stale values and is authoritative in name only.`,
          path: buildFieldPath(fieldKey, "rule", "fillBlankOrStale", "source"),
          hint: "Make the system whose people verify the value (usually the CRM) the system of record and keep the vendor as the fill source, or drop `fillBlankOrStale` and use `ownerWins`.",
        }),
      );
    }
    return problems;
  },
};
