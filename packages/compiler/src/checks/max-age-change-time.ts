import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3305: a maximum age is measured from the field's own change time. */
export const maxAgeChangeTimeCheck: SemanticCheck = {
  code: "FP3305",
  name: "max-age-change-time",
  description: "`fillBlankOrStale.maxAge` measures age from the field's own change time, never the record's.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.rule.fillBlankOrStale?.maxAge.changeTime !== "record") {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3305",
          message: `Field \`${fieldKey}\` measures its maximum age from the record's change time; any edit to another field of the record would reset the age, so a stale value would never count as stale.`,
          path: buildFieldPath(fieldKey, "rule", "fillBlankOrStale", "maxAge", "changeTime"),
          hint: 'Set `changeTime: "field"` and track the field\'s own change time (Salesforce field history, HubSpot property history).',
        }),
      );
    }
    return problems;
  },
};
