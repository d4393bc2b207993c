// Renders the policy facts the kernel reads as constants: each rule part's IR fragment on its own,
// then the policy frame (name, systems, queues, blanks and fields) that plans are built from.

import { RULE_PART_NAMES, type Field, type PolicyIR, type RulePartName } from "@fieldpolicy/core";
import { renderLiteral, renderPropertyKey } from "./render-literal";

/** Names the constant that holds one rule part's IR fragment of a field. */
export function buildRulePartConstant(prefix: string, part: RulePartName): string {
  return `${prefix}_${part.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}`;
}

/** Renders the rule part constants of every field and the `POLICY` frame that refers to them. */
export function renderPolicyFrame(ir: PolicyIR, prefixes: ReadonlyMap<string, string>): string {
  const partConstants: string[] = [];
  const fields: string[] = [];
  for (const [key, field] of Object.entries(ir.fields)) {
    const prefix = prefixes.get(key)!;
    const parts = RULE_PART_NAMES.filter((part) => field.rule[part] !== undefined);
    for (const part of parts) {
      partConstants.push(`const ${buildRulePartConstant(prefix, part)} = ${renderLiteral(field.rule[part])};`);
    }
    fields.push(`    ${renderPropertyKey(key)}: ${renderField(field, prefix, parts)},`);
  }

  return [
    "// Each rule part's IR fragment, passed as is to the part's function.",
    ...partConstants,
    "",
    "// The policy as the kernel reads it: checkConflict reads the field and system names, and",
    "// buildFieldPlan a field's bindings, type, rule and review triggers with the systems, queues and blanks.",
    "const POLICY: KernelPolicy = {",
    `  name: ${JSON.stringify(ir.name)},`,
    `  systems: ${renderLiteral(ir.systems)},`,
    `  queues: ${renderLiteral(ir.queues)},`,
    `  blanks: ${renderLiteral(ir.blanks)},`,
    "  fields: {",
    ...fields,
    "  },",
    "};",
  ].join("\n");
}

// The field's own IR, with its rule made of the part constants so each fragment appears once.
function renderField(field: Field, prefix: string, parts: readonly RulePartName[]): string {
  const entries = Object.keys(field).map((key) => {
      if (key === "rule") {
        return `rule: { ${parts.map((part) => `${part}: ${buildRulePartConstant(prefix, part)}`).join(", ")} }`;
      }
      return `${renderPropertyKey(key)}: ${renderLiteral(field[key as keyof Field])}`;
    });
  return `{ ${entries.join(", ")} }`;
}
