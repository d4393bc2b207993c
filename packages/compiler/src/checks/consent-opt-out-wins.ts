import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3501: consent resolves so that an opt-out from any system applies at once. */
export const consentOptOutWinsCheck: SemanticCheck = {
  code: "FP3501",
  name: "consent-opt-out-wins",
  description: "A consent field (category `consent`) resolves with `optOutWins`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.category !== "consent" || field.rule.optOutWins !== undefined) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3501",
          message: `Consent field \`${fieldKey}\` does not use \`optOutWins\`, so an opt-out could be overwritten by another system's older opted-in value.`,
          path: buildFieldPath(fieldKey, "rule"),
          hint: "Add `optOutWins: {}` to the rule.",
        }),
      );
    }
    return problems;
  },
};
