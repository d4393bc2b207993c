// Renders the static wiring of each field. Its plan is built once when the module loads. Its
// wiring function calls the field's rule parts in the runtime's precedence order with the part
// constants, then settles what no part settled, as the runtime's loop over the IR does.

import { RULE_PART_NAMES, type PolicyIR, type RulePartName } from "@fieldpolicy/core";
import { buildWiringName, renderPropertyKey } from "./render-literal";
import { buildRulePartConstant } from "./render-policy-frame";

/** Names the kernel function of a rule part: `noRegression` to `applyNoRegression`. */
export function buildRulePartFunction(part: RulePartName): string {
  return `apply${part[0]!.toUpperCase()}${part.slice(1)}`;
}

/** Renders every field's plan constant, its rule wiring function and the `FIELD_WIRING` table. */
export function renderFieldWiring(ir: PolicyIR, prefixes: ReadonlyMap<string, string>): string {
  const blocks: string[] = [];
  const table: string[] = [];
  for (const [key, field] of Object.entries(ir.fields)) {
    const prefix = prefixes.get(key)!;
    const plan = `${prefix}_PLAN`;
    const wiring = buildWiringName(prefix);
    const calls = RULE_PART_NAMES.filter((part) => field.rule[part] !== undefined).map(
      (part) => `  state = ${buildRulePartFunction(part)}(${buildRulePartConstant(prefix, part)}, ${plan}.facts, state);`,
    );

    blocks.push(
      [
        `const ${plan} = planField(${JSON.stringify(key)});`,
        "",
        `function ${wiring}(initial: ResolutionState): ResolutionState {`,
        "  let state = initial;",
        ...calls,
        `  return settleOpenChanges(${plan}.facts, state);`,
        "}",
      ].join("\n"),
    );
    table.push(`  ${renderPropertyKey(key)}: { plan: ${plan}, applyRules: ${wiring} },`);
  }

  return [
    "function planField(key: FieldKey): FieldPlan {",
    "  const plan = buildFieldPlan(POLICY, key);",
    "  if (plan === undefined) {",
    "    throw new Error(`The policy frame has no field ${key}.`);",
    "  }",
    "  return plan;",
    "}",
    "",
    blocks.join("\n\n"),
    "",
    "/** A field's plan and its rule parts, called in precedence order. */",
    "interface FieldWiring {",
    "  plan: FieldPlan;",
    "  applyRules(initial: ResolutionState): ResolutionState;",
    "}",
    "",
    "const FIELD_WIRING: { readonly [Key in FieldKey]: FieldWiring } = {",
    ...table,
    "};",
  ].join("\n");
}

/** Lists the kernel functions the wiring of this policy calls, sorted, for the import line. */
export function listRulePartFunctions(ir: PolicyIR): string[] {
  const used = new Set<string>();
  for (const field of Object.values(ir.fields)) {
    for (const part of RULE_PART_NAMES) {
      if (field.rule[part] !== undefined) {
        used.add(buildRulePartFunction(part));
      }
    }
  }
  return [...used].sort();
}
