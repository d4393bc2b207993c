import { buildDiagnostic, type DiagnosticInput, type ValueMap } from "@fieldpolicy/core";
import { findValueMap, listCatalogBindings, type CatalogBinding } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, listCanonicalValues } from "./select-field-systems";

/** A native value the policy reads or writes in one system, with the path that names it. */
interface UsedValue {
  native: string;
  path: string;
}

// A system without a value map uses the canonical values natively.
function listUsedValues(entry: CatalogBinding, valueMap: ValueMap | undefined, canonical: string[]): UsedValue[] {
  if (valueMap === undefined) {
    return canonical.map((value, index) => ({ native: value, path: buildFieldPath(entry.fieldKey, "type", "values", index) }));
  }
  const used: UsedValue[] = [];
  for (const section of ["values", "inboundOnly"] as const) {
    for (const native of Object.keys(valueMap[section])) {
      used.push({ native, path: buildFieldPath(entry.fieldKey, "type", "valueMaps", entry.system, section, native) });
    }
  }
  return used;
}

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
      const known = entry.property?.picklistValues ?? null;
      const canonical = listCanonicalValues(entry.field);
      if (known === null || canonical === null) {
        continue;
      }
      const valueMap = findValueMap(entry);
      const added = new Set(valueMap?.addToPicklist ?? []);

      for (const { native, path } of listUsedValues(entry, valueMap, canonical)) {
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
