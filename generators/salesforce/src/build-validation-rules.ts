// Turns the rule parts the enforcement plan gives to Salesforce into validation rules, names
// them, and reports every part or piece of a part that Salesforce cannot enforce.

import type { Diagnostic, EnforcementEntry, EnforcementPlan } from "@fieldpolicy/core";
import { buildDiagnostic, toJsonPointer } from "@fieldpolicy/core";
import type { RuleNote } from "./build-rule-conditions";
import { RULE_PART_BUILDERS } from "./build-rule-conditions";
import { SALESFORCE_CODES } from "./diagnostic-codes";
import { MAX_FORMULA_LENGTH, renderFormula } from "./formula";
import type { SalesforceContext } from "./salesforce-context";
import { NAME_PREFIX, resolveSalesforceBinding } from "./salesforce-context";
import { NameRegistry, buildNameFromWords } from "./salesforce-names";
import { fitText } from "./text-limits";

/** Maximum length of a validation rule error message in Salesforce, in characters. */
export const MAX_ERROR_MESSAGE_LENGTH = 255;

/** Maximum length of a validation rule description in Salesforce, in characters. */
const MAX_DESCRIPTION_LENGTH = 255;

/** One validation rule, ready to render. */
export interface ValidationRuleSpec {
  /** Salesforce object API name. */
  object: string;
  /** API name, unique within the object. */
  name: string;
  description: string;
  errorConditionFormula: string;
  /** The field next to which Salesforce shows the message. */
  errorDisplayField: string;
  errorMessage: string;
}

/** The validation rules of a policy and the diagnostics about parts they leave out. */
export interface ValidationRulesResult {
  rules: ValidationRuleSpec[];
  diagnostics: Diagnostic[];
}

/**
 * Builds one validation rule per rule part (and per system, for limited values) that the plan
 * gives to Salesforce. Rules come out in plan order, so names are claimed in a stable order.
 */
export function buildValidationRules(context: SalesforceContext, plan: EnforcementPlan): ValidationRulesResult {
  const rules: ValidationRuleSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  const registries = new Map<string, NameRegistry>();

  for (const entry of plan.entries) {
    if (!entry.layers.includes("salesforceMetadata")) {
      continue;
    }
    const field = context.ir.fields[entry.field];
    const binding = field === undefined ? null : resolveSalesforceBinding(context, entry.field, field);
    const build = RULE_PART_BUILDERS[entry.part];
    const path = toJsonPointer(["fields", entry.field, "rule", entry.part]);
    if (binding === null) {
      const reason = `the field's object is not bound to the Salesforce system "${context.salesforceSystem}"`;
      diagnostics.push(reportNoRule(entry, { severity: "warning", message: reason }));
      continue;
    }
    if (build === undefined) {
      diagnostics.push(reportNoRule(entry, { severity: "warning", message: "the generator has no validation rule for this part" }));
      continue;
    }

    const result = build(context, binding);
    diagnostics.push(...result.notes.map((note) => reportNoRule(entry, note)));

    const registry = registries.get(binding.object) ?? new NameRegistry();
    registries.set(binding.object, registry);
    for (const condition of result.conditions) {
      const formula = renderFormula(condition.formula);
      if (formula.length > MAX_FORMULA_LENGTH) {
        diagnostics.push(
          buildDiagnostic({
            code: SALESFORCE_CODES.formulaTooLong,
            message: `The validation rule for ${entry.part} of field "${entry.field}" is ${formula.length} characters long; Salesforce accepts at most ${MAX_FORMULA_LENGTH}.`,
            path,
            hint: "Map fewer native values to the field's canonical values; the runtime resolver enforces the part meanwhile.",
          }),
        );
        continue;
      }
      rules.push({
        object: binding.object,
        name: registry.claim(buildNameFromWords([NAME_PREFIX, context.ir.name, entry.field, ...condition.nameWords])),
        description: fitText(
          `Enforces ${entry.part} on field "${entry.field}" of fieldpolicy policy "${context.ir.name}" (${context.ir.source.file}).`,
          MAX_DESCRIPTION_LENGTH,
        ),
        errorConditionFormula: formula,
        errorDisplayField: binding.property,
        errorMessage: fitText(`Policy "${context.ir.name}": ${condition.message}`, MAX_ERROR_MESSAGE_LENGTH - 1),
      });
    }
  }

  return { rules, diagnostics };
}

function reportNoRule(entry: EnforcementEntry, note: RuleNote): Diagnostic {
  return buildDiagnostic({
    code: SALESFORCE_CODES.ruleNotExpressible,
    severity: note.severity,
    message: `No Salesforce validation rule for ${entry.part} of field "${entry.field}": ${note.message}.`,
    path: toJsonPointer(["fields", entry.field, "rule", entry.part]),
    hint: "The runtime resolver enforces this rule part.",
  });
}
