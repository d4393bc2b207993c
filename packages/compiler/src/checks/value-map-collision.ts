import { buildDiagnostic, type DiagnosticInput, type PolicyIR } from "@fieldpolicy/core";
import { listValueMaps } from "./list-value-maps";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

// Salesforce compares picklist values without regard to case, so `New` and `new` are one value there.
function normalizeNative(ir: PolicyIR, system: string, native: string): string {
  const trimmed = native.trim();
  return ir.systems[system]?.kind === "salesforce" ? trimmed.toLowerCase() : trimmed;
}

/** FP3205: one native value stands for one canonical value, across `values` and `inboundOnly`. */
export const valueMapCollisionCheck: SemanticCheck = {
  code: "FP3205",
  name: "value-map-collision",
  description: "No native value of a value map stands for two canonical values (across `values` and `inboundOnly`, and ignoring case in Salesforce).",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const { system, valueMap } of listValueMaps(field)) {
        const seen = new Map<string, { native: string; canonical: string }>();
        for (const section of ["values", "inboundOnly"] as const) {
          for (const [native, canonical] of Object.entries(valueMap[section])) {
            const key = normalizeNative(ir, system, native);
            const earlier = seen.get(key);
            if (earlier === undefined) {
              seen.set(key, { native, canonical });
              continue;
            }
            const same = earlier.canonical === canonical;
            problems.push(
              buildDiagnostic({
                code: "FP3205",
                severity: same ? "warning" : "error",
                message: same
                  ? `The \`${system}\` value map of \`${fieldKey}\` lists native value \`${native}\` twice (as \`${earlier.native}\` too).`
                  : `The \`${system}\` value map of \`${fieldKey}\` sends native value \`${native}\` to \`${canonical}\` and \`${earlier.native}\` to \`${earlier.canonical}\`; ${system} treats them as one value, so the translation is ambiguous.`,
                path: buildFieldPath(fieldKey, "type", "valueMaps", system, section, native),
                hint: same
                  ? "Remove the duplicate entry."
                  : "Keep one entry for this native value and decide which canonical value it stands for.",
              }),
            );
          }
        }
      }
    }
    return problems;
  },
};
