import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listValueMaps } from "./list-value-maps";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3207: a native value the policy adds to a picklist is one the value map actually uses. */
export const addToPicklistInValuesCheck: SemanticCheck = {
  code: "FP3207",
  name: "add-to-picklist-in-values",
  description: "Every `addToPicklist` entry is a native value listed in the same value map's `values`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const { system, valueMap } of listValueMaps(field)) {
        valueMap.addToPicklist.forEach((native, index) => {
          if (Object.hasOwn(valueMap.values, native)) {
            return;
          }
          problems.push(
            buildDiagnostic({
              code: "FP3207",
              message: `The \`${system}\` value map of \`${fieldKey}\` adds \`${native}\` to the picklist, but \`${native}\` is not a native value in \`values\`.`,
              path: buildFieldPath(fieldKey, "type", "valueMaps", system, "addToPicklist", index),
              hint: `Add \`"${native}": "<canonical value>"\` to \`values\`, or correct the spelling in \`addToPicklist\`.`,
            }),
          );
        });
      }
    }
    return problems;
  },
};
