import {
  buildEnforcementPlan,
  checkEnforcementPlan,
  renderCanonicalJson,
  renderGeneratedBanner,
  type GeneratorResult,
  type PolicyIR,
} from "@fieldpolicy/core";

/**
 * Emits `enforcement-plan.json`: which layer enforces each rule part of each field. Every rule part
 * must have at least one layer, since a part without one would be written in the policy and
 * enforced nowhere, so the plan's check errors stop the build.
 */
export function generateEnforcementPlan(ir: PolicyIR): GeneratorResult {
  const plan = buildEnforcementPlan(ir);
  const document = { generatedBy: renderGeneratedBanner(ir), ...plan };
  return {
    files: [{ path: "enforcement-plan.json", contents: renderCanonicalJson(document) }],
    diagnostics: checkEnforcementPlan(ir, plan),
  };
}
