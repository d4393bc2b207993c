import type { PolicyIR } from "@fieldpolicy/core";
import { readRulePart } from "./run-scenarios";
import type { FieldRulePart, RuleCoverage, ScenarioResult } from "./scenario-result";

/**
 * Measures which rule parts of the policy decided at least one scenario. A part counts as
 * exercised when a decision names it as the rule that decided, whether the scenario passed or not.
 */
export function measureRuleCoverage(ir: PolicyIR, results: readonly ScenarioResult[]): RuleCoverage {
  const decided = new Set(results.map((result) => `${result.field}.${readRulePart(result.decision.rule.id)}`));
  const exercised: FieldRulePart[] = [];
  const missing: FieldRulePart[] = [];

  for (const [field, definition] of Object.entries(ir.fields)) {
    for (const part of Object.keys(definition.rule).sort()) {
      (decided.has(`${field}.${part}`) ? exercised : missing).push({ field, part });
    }
  }

  const total = exercised.length + missing.length;
  return { exercised, missing, ratio: total === 0 ? 1 : exercised.length / total };
}
