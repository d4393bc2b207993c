import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listValueMaps } from "./list-value-maps";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, listSystemsReceivingWrites } from "./select-field-systems";

/**
 * FP3204: every canonical value a system can receive has a native value to be written as. Only
 * `values` counts: `inboundOnly` entries are read but never written.
 */
export const valueMapCoversValuesCheck: SemanticCheck = {
  code: "FP3204",
  name: "value-map-covers-values",
  description: "A system that receives writes of a picklist field has a native value in `values` for every canonical value.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const receivers = listSystemsReceivingWrites(field);
      for (const { system, valueMap, canonicalValues } of listValueMaps(field)) {
        if (!receivers.includes(system)) {
          continue;
        }
        const written = new Set(Object.values(valueMap.values));
        const inbound = new Set(Object.values(valueMap.inboundOnly));
        for (const canonical of canonicalValues) {
          if (written.has(canonical)) {
            continue;
          }
          const onlyInbound = inbound.has(canonical) ? " It appears only in `inboundOnly`, which is never written." : "";
          problems.push(
            buildDiagnostic({
              code: "FP3204",
              message: `The \`${system}\` value map of \`${fieldKey}\` has no native value for canonical value \`${canonical}\`, so the resolver could not write it into \`${system}\`.${onlyInbound}`,
              path: buildFieldPath(fieldKey, "type", "valueMaps", system, "values"),
              hint: `Add \`"<native value>": "${canonical}"\` to \`values\`; if ${system}'s picklist lacks that native value, also list it in \`addToPicklist\`.`,
            }),
          );
        }
      }
    }
    return problems;
  },
};
