import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listCatalogBindings } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, listCanonicalValues } from "./select-field-systems";

/**
 * FP4104: every native value the policy reads or writes exists in the bound picklist. A system
 * without a value map uses the canonical values natively, so those must exist instead. Values the
 * policy adds with `addToPicklist` are exempt.
 */
export const picklistValueExistsCheck: SemanticCheck = {
  code: "FP4104",
  name: "picklist-value-exists",
  description: "Every native value of a value map (or every canonical value, for a system without a map) exists in the bound picklist, unless `addToPicklist` adds it.",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];

    for (const entry of listCatalogBindings(ir, catalog)) {
      const known = entry.property?.picklistValues;
      const canonical = listCanonicalValues(entry.field);
      if (known === null || known === undefined || canonical === null || entry.field.type.kind === "text") {
        continue;
      }
      const type = entry.field.type;
      const valueMap = type.kind === "picklist" || type.kind === "multiPicklist" ? type.valueMaps[entry.system] : undefined;

      const used: { native: string; path: string }[] =
        valueMap === undefined
          ? canonical.map((value, index) => ({ native: value, path: buildFieldPath(entry.fieldKey, "type", "values", index) }))
          : (["values", "inboundOnly"] as const).flatMap((section) =>
              Object.keys(valueMap[section]).map((native) => ({
                native,
                path: buildFieldPath(entry.fieldKey, "type", "valueMaps", entry.system, section, native),
              })),
            );
      const added = new Set(valueMap?.addToPicklist ?? []);

      for (const { native, path } of used) {
        if (known.includes(native) || added.has(native)) {
          continue;
        }
        problems.push(
          buildDiagnostic({
            code: "FP4104",
            message: `Field \`${entry.fieldKey}\` uses value \`${native}\` in \`${entry.system}\`, but the picklist of \`${entry.property?.name}\` in ${entry.catalogObject.file} has no such value.`,
            path,
            hint:
              valueMap === undefined
                ? `Add a value map for \`${entry.system}\` that translates \`${native}\` to one of the picklist's values, or add the value to the picklist.`
                : `Use one of the picklist's values, or list \`${native}\` in \`addToPicklist\` so the generated outputs add it.`,
          }),
        );
      }
    }
    return problems;
  },
};
