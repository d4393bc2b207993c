import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listValueMaps } from "./list-value-maps";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3206: `values` gives each canonical value at most one native value, so writes are unambiguous. */
export const valueMapOneNativePerValueCheck: SemanticCheck = {
  code: "FP3206",
  name: "value-map-one-native-per-value",
  description: "In a value map's `values`, each canonical value has at most one native value; extra native values belong in `inboundOnly`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const { system, valueMap } of listValueMaps(field)) {
        const firstNative = new Map<string, string>();
        for (const [native, canonical] of Object.entries(valueMap.values)) {
          const earlier = firstNative.get(canonical);
          if (earlier === undefined) {
            firstNative.set(canonical, native);
            continue;
          }
          problems.push(
            buildDiagnostic({
              code: "FP3206",
              message: `The \`${system}\` value map of \`${fieldKey}\` gives canonical value \`${canonical}\` two native values in \`values\` (\`${earlier}\` and \`${native}\`), so the value to write is ambiguous.`,
              path: buildFieldPath(fieldKey, "type", "valueMaps", system, "values", native),
              hint: `Keep the native value to write in \`values\` and move \`${native}\` to \`inboundOnly\`.`,
            }),
          );
        }
      }
    }
    return problems;
  },
};
