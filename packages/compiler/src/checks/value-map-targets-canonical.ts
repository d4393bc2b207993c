import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listValueMaps } from "./list-value-maps";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames } from "./select-field-systems";

/** FP3203: every native value a system can send translates to a canonical value. */
export const valueMapTargetsCanonicalCheck: SemanticCheck = {
  code: "FP3203",
  name: "value-map-targets-canonical",
  description: "Every native value in a value map (`values` and `inboundOnly`) maps to one of the field's canonical values.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const { system, valueMap, canonicalValues } of listValueMaps(field)) {
        for (const section of ["values", "inboundOnly"] as const) {
          for (const [native, canonical] of Object.entries(valueMap[section])) {
            if (canonicalValues.includes(canonical)) {
              continue;
            }
            problems.push(
              buildDiagnostic({
                code: "FP3203",
                message: `The \`${system}\` value map of \`${fieldKey}\` maps \`${native}\` to \`${canonical}\`, which is not a canonical value, so that value could never be resolved.`,
                path: buildFieldPath(fieldKey, "type", "valueMaps", system, section, native),
                hint: `Map \`${native}\` to one of ${formatNames(canonicalValues)}, or add \`${canonical}\` to \`type.values\`.`,
              }),
            );
          }
        }
      }
    }
    return problems;
  },
};
