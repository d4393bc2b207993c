import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { findValueMap, listCatalogBindings } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, listCanonicalValues } from "./select-field-systems";

/**
 * FP4105: a picklist value the platform can send that translates to no canonical value. The
 * runtime rejects such a change with reason `unmappedValue`, so nothing is lost. It is a warning
 * because a person still has to act on every such change.
 */
export const platformValueMappedCheck: SemanticCheck = {
  code: "FP4105",
  name: "platform-value-mapped",
  description: "Every active value of a bound picklist translates to a canonical value; unmapped values are rejected at run time.",
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
      const mapped = new Set(
        valueMap === undefined ? canonical : [...Object.keys(valueMap.values), ...Object.keys(valueMap.inboundOnly)],
      );
      const unmapped = known.filter((value) => !mapped.has(value));
      if (unmapped.length === 0) {
        continue;
      }

      const one = unmapped.length === 1;
      problems.push(
        buildDiagnostic({
          code: "FP4105",
          severity: "warning",
          message: `The picklist of \`${entry.property?.name}\` in \`${entry.system}\` has ${one ? "value" : "values"} ${formatNames(unmapped)}, which ${one ? "maps" : "map"} to no canonical value of \`${entry.fieldKey}\`, so the resolver rejects changes to ${one ? "it" : "them"}.`,
          path:
            valueMap === undefined
              ? buildFieldPath(entry.fieldKey, "type", "values")
              : buildFieldPath(entry.fieldKey, "type", "valueMaps", entry.system),
          hint:
            valueMap === undefined
              ? `Add ${one ? "it" : "them"} to the canonical values, or add a value map for \`${entry.system}\` with \`inboundOnly\` entries.`
              : `Map ${one ? "it" : "them"} in \`inboundOnly\` to the canonical value meant, or deactivate ${one ? "it" : "them"} in the platform.`,
        }),
      );
    }
    return problems;
  },
};
