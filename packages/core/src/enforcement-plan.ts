// The enforcement plan says, for each field and rule part, which layers enforce it. It is the one
// place that decides this: the Salesforce generator emits metadata for exactly the parts assigned
// to Salesforce, the connector generators configure exactly the parts assigned to the connector,
// and the SLA document prints the plan. The runtime resolver implements every part, so no part is
// ever left without a layer.

import type { Field, PolicyIR, Rule } from "./ir/policy-ir.generated";

/** A layer that can enforce a rule part. */
export type EnforcementLayer = "connector" | "salesforceMetadata" | "runtimeResolver";

/** The name of a rule part, as it appears in the IR. */
export type RulePartName = keyof Rule;

/** Every rule part, in the order the runtime applies them. */
export const RULE_PART_NAMES: readonly RulePartName[] = [
  "readOnlyFor",
  "optOutWins",
  "lockAfterFirstWrite",
  "protectedValues",
  "limitedValues",
  "recentActivityLock",
  "noRegression",
  "fillBlankOrStale",
  "ownerWins",
  "sourcePriority",
  "lastWriteWins",
];

/** The layers that enforce one rule part of one field. */
export interface EnforcementEntry {
  field: string;
  part: RulePartName;
  layers: EnforcementLayer[];
}

/** The whole plan of one policy. */
export interface EnforcementPlan {
  policy: string;
  entries: EnforcementEntry[];
}

// Parts a Salesforce validation rule can express: each compares the new value with PRIORVALUE or
// checks who makes the change. Ages, activity windows, timestamps and consent evidence are not
// visible to a validation rule, so those parts stay with the resolver.
const SALESFORCE_EXPRESSIBLE: ReadonlySet<RulePartName> = new Set<RulePartName>([
  "ownerWins",
  "noRegression",
  "limitedValues",
  "protectedValues",
  "lockAfterFirstWrite",
  "readOnlyFor",
]);

// Parts a connector's per-field sync setting can express: HubSpot's "Always use Salesforce" and
// Marketo's Block Field Updates stop the non-owning side from writing at all.
const CONNECTOR_EXPRESSIBLE: ReadonlySet<RulePartName> = new Set<RulePartName>(["ownerWins", "readOnlyFor"]);

/** Builds the enforcement plan of a policy, in field order and then in rule-part precedence. */
export function buildEnforcementPlan(ir: PolicyIR): EnforcementPlan {
  const entries: EnforcementEntry[] = [];
  for (const [fieldKey, field] of Object.entries(ir.fields)) {
    for (const part of RULE_PART_NAMES) {
      if (field.rule[part] === undefined) {
        continue;
      }
      entries.push({ field: fieldKey, part, layers: selectLayers(ir, field, part) });
    }
  }
  return { policy: ir.name, entries };
}

function selectLayers(ir: PolicyIR, field: Field, part: RulePartName): EnforcementLayer[] {
  const layers: EnforcementLayer[] = [];
  if (CONNECTOR_EXPRESSIBLE.has(part) && hasConnector(ir, field)) {
    layers.push("connector");
  }
  if (SALESFORCE_EXPRESSIBLE.has(part) && bindsSalesforce(ir, field)) {
    layers.push("salesforceMetadata");
  }
  layers.push("runtimeResolver");
  return layers;
}

/** True when the field is bound in a Salesforce system. */
export function bindsSalesforce(ir: PolicyIR, field: Field): boolean {
  return Object.keys(field.bindings).some((system) => ir.systems[system]?.kind === "salesforce");
}

/** True when a HubSpot or Marketo connector syncs the field with Salesforce. */
export function hasConnector(ir: PolicyIR, field: Field): boolean {
  const kinds = Object.keys(field.bindings).map((system) => ir.systems[system]?.kind);
  return kinds.includes("salesforce") && (kinds.includes("hubspot") || kinds.includes("marketo"));
}
