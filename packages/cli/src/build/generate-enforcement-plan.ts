import {
  buildDiagnostic,
  buildEnforcementPlan,
  renderCanonicalJson,
  RULE_PART_NAMES,
  toJsonPointer,
  type Diagnostic,
  type GeneratorResult,
  type PolicyIR,
} from "@fieldpolicy/core";

/** Code of a rule part that the enforcement plan assigns to no layer. */
export const UNENFORCED_RULE_PART_CODE = "FP5001";

/**
 * Emits `enforcement-plan.json`: which layer enforces each rule part of each field. Every rule part
 * must have at least one layer, since a part without one would be written in the policy and
 * enforced nowhere.
 */
export function generateEnforcementPlan(ir: PolicyIR): GeneratorResult {
  const plan = buildEnforcementPlan(ir);
  const diagnostics: Diagnostic[] = [];

  for (const [fieldKey, field] of Object.entries(ir.fields)) {
    for (const part of RULE_PART_NAMES) {
      if (field.rule[part] === undefined) {
        continue;
      }
      const entry = plan.entries.find((candidate) => candidate.field === fieldKey && candidate.part === part);
      if (entry === undefined || entry.layers.length === 0) {
        diagnostics.push(
          buildDiagnostic({
            code: UNENFORCED_RULE_PART_CODE,
            message: `The rule part ${part} of the field ${fieldKey} is enforced by no layer.`,
            path: toJsonPointer(["fields", fieldKey, "rule", part]),
            hint: "This is a bug in the enforcement plan of @fieldpolicy/core; the runtime resolver should cover every part.",
          }),
        );
      }
    }
  }

  return { files: [{ path: "enforcement-plan.json", contents: renderCanonicalJson(plan) }], diagnostics };
}
