import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { listCatalogBindings } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/**
 * FP4108: a text field's maximum length fits every bound property that limits its length, so a
 * value the policy accepts is never too long for a system it is written into.
 */
export const textLengthFitsCheck: SemanticCheck = {
  code: "FP4108",
  name: "text-length-fits",
  description: "A text field's `maxLength` is set and no longer than the length of any bound property that has one.",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];

    for (const entry of listCatalogBindings(ir, catalog)) {
      const limit = entry.property?.maxLength;
      if (entry.field.type.kind !== "text" || limit === undefined) {
        continue;
      }
      const maxLength = entry.field.type.maxLength;
      if (maxLength !== null && maxLength <= limit) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP4108",
          severity: maxLength === null ? "warning" : "error",
          message:
            maxLength === null
              ? `Field \`${entry.fieldKey}\` sets no \`maxLength\`, but \`${entry.property?.name}\` in \`${entry.system}\` stores at most ${limit} characters, so longer values would fail to write.`
              : `Field \`${entry.fieldKey}\` allows ${maxLength} characters, but \`${entry.property?.name}\` in \`${entry.system}\` stores at most ${limit}, so longer values would fail to write.`,
          path: maxLength === null ? buildFieldPath(entry.fieldKey, "type") : buildFieldPath(entry.fieldKey, "type", "maxLength"),
          hint: `Set \`type: { kind: "text", maxLength: ${limit} }\`, or raise the property's length in ${entry.system}.`,
        }),
      );
    }
    return problems;
  },
};
