import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, listCanonicalValues } from "./select-field-systems";

/** FP3304: protected and limited values are canonical values of a picklist field. */
export const ruleValuesCanonicalCheck: SemanticCheck = {
  code: "FP3304",
  name: "rule-values-canonical",
  description: "`protectedValues` and `limitedValues` belong to picklist fields and name only canonical values.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const lists: { values: readonly string[]; segments: string[] }[] = [];
      if (field.rule.protectedValues !== undefined) {
        lists.push({ values: field.rule.protectedValues, segments: ["rule", "protectedValues"] });
      }
      for (const [system, values] of Object.entries(field.rule.limitedValues ?? {})) {
        lists.push({ values, segments: ["rule", "limitedValues", system] });
      }
      if (lists.length === 0) {
        continue;
      }

      const canonical = listCanonicalValues(field);
      for (const { values, segments } of lists) {
        const part = segments[1] ?? "";
        if (canonical === null) {
          problems.push(
            buildDiagnostic({
              code: "FP3304",
              message: `Field \`${fieldKey}\` uses \`${part}\` but its type is \`${field.type.kind}\`, which has no canonical values.`,
              path: buildFieldPath(fieldKey, ...segments),
              hint: `Make the field a picklist, or remove \`${part}\`.`,
            }),
          );
          continue;
        }
        values.forEach((value, index) => {
          if (canonical.includes(value)) {
            return;
          }
          problems.push(
            buildDiagnostic({
              code: "FP3304",
              message: `\`${segments.join(".")}\` of \`${fieldKey}\` names \`${value}\`, which is not one of the field's canonical values.`,
              path: buildFieldPath(fieldKey, ...segments, index),
              hint: `Use canonical values (${formatNames(canonical)}), not a system's native values.`,
            }),
          );
        });
      }
    }
    return problems;
  },
};
