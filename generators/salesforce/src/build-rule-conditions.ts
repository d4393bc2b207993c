// One builder per rule part that Salesforce can enforce. Each returns the error conditions of the
// validation rules the part needs, or notes saying why Salesforce cannot enforce it.

import type { RulePartName, Severity } from "@fieldpolicy/core";
import type { Formula } from "./formula";
import { FALSE, and, call, compare, not, or, stringLiteral, token } from "./formula";
import {
  asText,
  canWriteToSalesforce,
  comparesAsText,
  currentValue,
  equalsAny,
  isChanged,
  isPriorBlank,
  priorValue,
  writesAs,
  writesAsAny,
} from "./field-formulas";
import { listNativeValues, listNativeValuesOf } from "./native-values";
import type { SalesforceBinding, SalesforceContext } from "./salesforce-context";
import { labelSystem } from "./salesforce-context";

/** The error condition of one validation rule, before the rule is named. */
export interface RuleCondition {
  /** Words that tell this rule apart from the field's other rules (`["limit", "map"]`). */
  nameWords: string[];
  formula: Formula;
  /** The error message shown to the user, without the policy prefix. */
  message: string;
}

/** The reason a rule part, or a piece of it, has no validation rule. */
export interface RuleNote {
  severity: Severity;
  message: string;
}

/** The validation rules one rule part needs. */
export interface RulePartResult {
  conditions: RuleCondition[];
  notes: RuleNote[];
}

type PartBuilder = (context: SalesforceContext, binding: SalesforceBinding) => RulePartResult;

/** The builder of each rule part that the enforcement plan may give to Salesforce. */
export const RULE_PART_BUILDERS: Partial<Record<RulePartName, PartBuilder>> = {
  ownerWins: buildOwnerWins,
  noRegression: buildNoRegression,
  limitedValues: buildLimitedValues,
  protectedValues: buildProtectedValues,
  lockAfterFirstWrite: buildLockAfterFirstWrite,
  readOnlyFor: buildReadOnlyFor,
};

function buildOwnerWins(context: SalesforceContext, binding: SalesforceBinding): RulePartResult {
  const { field } = binding;
  const owner = field.systemOfRecord;
  const ownerLabel = labelSystem(context, owner);

  // Systems with limited values may write those values; their own rule restricts them.
  const limited = Object.keys(field.rule.limitedValues ?? {});
  let blocked: Formula;
  if (context.customPermissions.has(owner)) {
    blocked = not(writesAsAny(context, [owner, ...limited]));
  } else if (owner === context.salesforceSystem) {
    const others = context.integrationSystems.filter((system) => system !== owner && !limited.includes(system));
    blocked = writesAsAny(context, others);
    if (blocked === FALSE) {
      return noteOnly("info", `no integration writes ${describeField(binding)}, so Salesforce has no other writer to block`);
    }
  } else {
    return noteOnly(
      "warning",
      `${ownerLabel} owns ${describeField(binding)} but has no integration user, so Salesforce cannot tell its changes apart`,
    );
  }

  const terms: Formula[] = [isChanged(binding), blocked];
  let message = `${describeField(binding)} is owned by ${ownerLabel}, so this change is rejected.`;

  if (field.rule.ownerWins?.fillBlanks === true) {
    if (field.type.kind === "multiPicklist") {
      return noteOnly("warning", `a validation rule cannot read the prior value of the multi-select picklist ${binding.property}`);
    }
    terms.push(not(isPriorBlank(context, binding)));
    message = `${describeField(binding)} is owned by ${ownerLabel} once it has a value, so this change is rejected.`;
  }

  if (field.rule.optOutWins !== undefined) {
    if (field.type.kind !== "boolean") {
      return noteOnly("warning", `opt-out wins needs a checkbox to tell an opt-out from an opt-in, and ${binding.property} is not one`);
    }
    // NOTE: a checked consent checkbox is read as opted out, as HasOptedOutOfEmail is.
    terms.push(not(currentValue(binding)));
    message = `Only ${ownerLabel} may opt a person back in on ${describeField(binding)}; an opt-out is always accepted.`;
  }

  return { conditions: [{ nameWords: ["owner"], formula: and(...terms), message }], notes: [] };
}

function buildNoRegression(context: SalesforceContext, binding: SalesforceBinding): RulePartResult {
  const rule = binding.field.rule.noRegression;
  if (rule === undefined) {
    return { conditions: [], notes: [] };
  }
  if (!comparesAsText(binding)) {
    return noteOnly("warning", `a validation rule can order only picklist and text values, and ${binding.property} is neither`);
  }

  const owner = binding.field.systemOfRecord;
  const ordinal = (value: Formula): Formula => {
    const cases = rule.order.flatMap((canonical, index) =>
      listNativeValues(binding.field, context.salesforceSystem, canonical).flatMap((native) => [
        stringLiteral(native),
        token(String(index + 1)),
      ]),
    );
    return call("CASE", asText(binding, value), ...cases, token("0"));
  };
  const newOrdinal = ordinal(currentValue(binding));

  // A move to blank or to a value outside the order has ordinal 0 and is not a regression.
  const terms: Formula[] = [
    isChanged(binding),
    compare(">", newOrdinal, token("0")),
    compare("<", newOrdinal, ordinal(priorValue(binding))),
  ];
  const demotions = rule.demotions.map((demotion) =>
    and(
      equalsAny(binding, priorValue(binding), listNativeValues(binding.field, context.salesforceSystem, demotion.from)),
      equalsAny(binding, currentValue(binding), listNativeValues(binding.field, context.salesforceSystem, demotion.to)),
    ),
  );
  let message = `${describeField(binding)} may not move backward.`;
  if (demotions.length > 0) {
    terms.push(not(and(writesAs(context, owner), or(...demotions))));
    message = `${describeField(binding)} may not move backward, except the demotions the policy allows ${labelSystem(context, owner)}.`;
  }
  return { conditions: [{ nameWords: ["order"], formula: and(...terms), message }], notes: [] };
}

function buildLimitedValues(context: SalesforceContext, binding: SalesforceBinding): RulePartResult {
  const limits = binding.field.rule.limitedValues ?? {};
  if (!comparesAsText(binding)) {
    return noteOnly("warning", `a validation rule can compare only picklist and text values, and ${binding.property} is neither`);
  }

  const result: RulePartResult = { conditions: [], notes: [] };
  for (const system of Object.keys(limits).sort()) {
    if (!canWriteToSalesforce(context, system)) {
      result.notes.push({ severity: "info", message: `${labelSystem(context, system)} does not write to Salesforce` });
      continue;
    }
    const natives = listNativeValuesOf(binding.field, context.salesforceSystem, limits[system] ?? []);
    result.conditions.push({
      nameWords: ["limit", system],
      formula: and(isChanged(binding), writesAs(context, system), not(equalsAny(binding, currentValue(binding), natives))),
      message: `${labelSystem(context, system)} may set ${describeField(binding)} only to: ${natives.join(", ")}.`,
    });
  }
  return result;
}

function buildProtectedValues(context: SalesforceContext, binding: SalesforceBinding): RulePartResult {
  const protectedValues = binding.field.rule.protectedValues ?? [];
  if (!comparesAsText(binding)) {
    return noteOnly("warning", `a validation rule can compare only picklist and text values, and ${binding.property} is neither`);
  }
  const owner = binding.field.systemOfRecord;
  const natives = listNativeValuesOf(binding.field, context.salesforceSystem, protectedValues);
  const formula = and(isChanged(binding), equalsAny(binding, priorValue(binding), natives), not(writesAs(context, owner)));
  const message = `${describeField(binding)} has a protected value (${natives.join(", ")}); only ${labelSystem(context, owner)} may change it.`;
  return { conditions: [{ nameWords: ["protect"], formula, message }], notes: [] };
}

function buildLockAfterFirstWrite(context: SalesforceContext, binding: SalesforceBinding): RulePartResult {
  const correctableBy = binding.field.rule.lockAfterFirstWrite?.correctableBy ?? [];
  const kind = binding.field.type.kind;
  if (kind === "boolean" || kind === "multiPicklist") {
    return noteOnly("warning", `a validation rule cannot tell the first value of ${binding.property} from a later one`);
  }
  const formula = and(isChanged(binding), not(isPriorBlank(context, binding)), not(writesAsAny(context, correctableBy)));
  const correctors = correctableBy.map((system) => labelSystem(context, system));
  const message =
    correctors.length === 0
      ? `${describeField(binding)} keeps its first value; later changes are rejected.`
      : `${describeField(binding)} keeps its first value; only ${correctors.join(", ")} may correct it.`;
  return { conditions: [{ nameWords: ["lock"], formula, message }], notes: [] };
}

function buildReadOnlyFor(context: SalesforceContext, binding: SalesforceBinding): RulePartResult {
  const systems = binding.field.rule.readOnlyFor ?? [];
  const writers = systems.filter((system) => canWriteToSalesforce(context, system));
  const notes: RuleNote[] = systems
    .filter((system) => !writers.includes(system))
    .map((system) => ({ severity: "info", message: `${labelSystem(context, system)} does not write to Salesforce` }));
  if (writers.length === 0) {
    return { conditions: [], notes };
  }
  const labels = writers.map((system) => labelSystem(context, system)).join(", ");
  return {
    conditions: [
      {
        nameWords: ["read", "only"],
        formula: and(isChanged(binding), writesAsAny(context, writers)),
        message: `${labels} may not change ${describeField(binding)}.`,
      },
    ],
    notes,
  };
}

function describeField(binding: SalesforceBinding): string {
  return `${binding.field.label} (${binding.property})`;
}

function noteOnly(severity: Severity, message: string): RulePartResult {
  return { conditions: [], notes: [{ severity, message }] };
}
