import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { listSystemMentions } from "./rule-system-declared";
import { buildFieldPath, isDeclaredSystem } from "./select-field-systems";

/** FP3008: a rule part or value map that names a declared system which does not sync the field has no effect. */
export const ruleSystemBoundCheck: SemanticCheck = {
  code: "FP3008",
  name: "rule-system-bound",
  description: "Rule parts and value maps name only systems the field is bound in; anything else has no effect.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const mention of listSystemMentions(field)) {
        // Undeclared systems are FP3007's finding.
        if (!isDeclaredSystem(ir, mention.system) || Object.hasOwn(field.bindings, mention.system)) {
          continue;
        }
        problems.push(
          buildDiagnostic({
            code: "FP3008",
            severity: "warning",
            message: `Field \`${fieldKey}\` names \`${mention.system}\` in \`${mention.segments.join(".")}\`, but the field is not bound in \`${mention.system}\`, so this has no effect.`,
            path: buildFieldPath(fieldKey, ...mention.segments),
            hint: `Bind the field in \`${mention.system}\`, or remove \`${mention.system}\` from \`${mention.segments.join(".")}\`.`,
          }),
        );
      }
    }
    return problems;
  },
};
