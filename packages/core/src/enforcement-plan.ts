// The enforcement plan records, for each field and rule part, which layers enforce it. It is the one
// place that decides this: the Salesforce generator emits metadata for exactly the parts assigned
// to Salesforce, the connector generators configure exactly the parts assigned to the connector,
// and the SLA document prints the plan. The runtime resolver implements every part, so a plan
// built here leaves no part without a layer; `checkEnforcementPlan` proves it for any plan.

import { buildDiagnostic, toJsonPointer, type Diagnostic } from "./diagnostic";
import type { Field, PolicyIR, Rule } from "./ir/policy-ir.generated";
import { findBoundSystemOfKind, selectHubSpotSyncSetting, selectMarketoBlockSetting } from "./connector-settings";
import { describeEnforcement } from "./describe-enforcement";

export * from "./connector-settings";

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
  /**
   * Every layer that rejects writes breaking this part, in the order a write meets them. A
   * connector or Salesforce layer may leave some cases to the resolver; `note` names them.
   */
  layers: EnforcementLayer[];
  /** One or two sentences for the SLA document: what each layer does here and what it leaves to the resolver. */
  note: string;
}

/** The whole plan of one policy. */
export interface EnforcementPlan {
  policy: string;
  entries: EnforcementEntry[];
}

/** Diagnostic code of a rule part that no layer enforces. */
export const UNENFORCED_RULE_PART_CODE = "FP5001";

/** Builds the enforcement plan of a policy, in field order and then in rule-part precedence. */
export function buildEnforcementPlan(ir: PolicyIR): EnforcementPlan {
  const entries: EnforcementEntry[] = [];
  for (const [fieldKey, field] of Object.entries(ir.fields)) {
    for (const part of RULE_PART_NAMES) {
      if (field.rule[part] === undefined) {
        continue;
      }
      const layers = selectLayers(ir, field, part);
      entries.push({ field: fieldKey, part, layers, note: describeEnforcement({ ir, field, part, layers }) });
    }
  }
  return { policy: ir.name, entries };
}

/**
 * Checks that every rule part of every field has an entry with at least one layer. Returns one
 * error per part left without a layer; the build stops on them.
 */
export function checkEnforcementPlan(ir: PolicyIR, plan: EnforcementPlan): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [fieldKey, field] of Object.entries(ir.fields)) {
    for (const part of RULE_PART_NAMES) {
      if (field.rule[part] === undefined) {
        continue;
      }
      const entry = plan.entries.find((candidate) => candidate.field === fieldKey && candidate.part === part);
      if (entry !== undefined && entry.layers.length > 0) {
        continue;
      }
      diagnostics.push(
        buildDiagnostic({
          code: UNENFORCED_RULE_PART_CODE,
          message: `No layer enforces rule part "${part}" of field "${fieldKey}".`,
          path: toJsonPointer(["fields", fieldKey, "rule", part]),
          hint: "Assign the part to the runtime resolver, which implements every rule part.",
        }),
      );
    }
  }
  return diagnostics;
}

function selectLayers(ir: PolicyIR, field: Field, part: RulePartName): EnforcementLayer[] {
  const layers: EnforcementLayer[] = [];
  if (isEnforcedByConnector(ir, field, part)) {
    layers.push("connector");
  }
  if (isEnforcedBySalesforceMetadata(ir, field, part)) {
    layers.push("salesforceMetadata");
  }
  layers.push("runtimeResolver");
  return layers;
}

/** True when the field's connector setting (HubSpot sync rule or Marketo Block Field Updates) rejects writes breaking the part. */
export function isEnforcedByConnector(ir: PolicyIR, field: Field, part: RulePartName): boolean {
  const hubspot = selectHubSpotSyncSetting(ir, field);
  if (hubspot !== null && hubspot.fixedBy === null) {
    const blocksHubSpotWrites = hubspot.rule === "Always use Salesforce" || hubspot.rule === "Don't sync";
    if (part === "ownerWins") {
      // "Prefer Salesforce unless blank" is exactly ownerWins with fillBlanks; "Always use Salesforce" without it.
      const salesforceOwns = field.systemOfRecord === hubspot.salesforceSystem;
      return (
        salesforceOwns &&
        (hubspot.rule === "Always use Salesforce" || hubspot.rule === "Prefer Salesforce unless blank")
      );
    }
    if (part === "readOnlyFor") {
      return blocksHubSpotWrites && (field.rule.readOnlyFor?.includes(hubspot.hubspotSystem) ?? false);
    }
  }

  const marketo = selectMarketoBlockSetting(ir, field);
  if (marketo !== null) {
    if (part === "ownerWins") {
      return marketo.blocksSalesforceSync && field.systemOfRecord === marketo.marketoSystem;
    }
    if (part === "readOnlyFor") {
      return marketo.blocksSalesforceSync && (field.rule.readOnlyFor?.includes(marketo.salesforceSystem) ?? false);
    }
    if (part === "lockAfterFirstWrite") {
      return marketo.blocksSalesforceSync || marketo.blocksMarketoSources;
    }
  }
  return false;
}

/**
 * True when a Salesforce validation rule enforces the part. A rule sees the prior value and,
 * through a custom permission per integration user, which system makes the change. It cannot see
 * ages, activity windows, event times or consent evidence. The conditions match what the
 * Salesforce generator can build, so each part assigned here yields a validation rule.
 */
export function isEnforcedBySalesforceMetadata(ir: PolicyIR, field: Field, part: RulePartName): boolean {
  const salesforceSystem = findBoundSystemOfKind(ir, field, "salesforce");
  if (salesforceSystem === null) {
    return false;
  }
  const rule = field.rule;
  const kind = field.type.kind;
  const comparesAsText = kind === "picklist" || kind === "text";
  const writesToSalesforce = (system: string) =>
    system === salesforceSystem || (ir.systems[system]?.integrationUser ?? null) !== null;

  switch (part) {
    case "ownerWins":
      return hasOwnershipRule(ir, field, salesforceSystem);
    case "noRegression":
    case "protectedValues":
      return comparesAsText;
    case "limitedValues":
      return comparesAsText && Object.keys(rule.limitedValues ?? {}).some(writesToSalesforce);
    case "lockAfterFirstWrite":
      // A checkbox or multi-select has no blank prior value that marks a write as the first one.
      return kind !== "boolean" && kind !== "multiPicklist";
    case "readOnlyFor":
      return (rule.readOnlyFor ?? []).some(writesToSalesforce);
    default:
      return false;
  }
}

// An ownership rule needs a way to tell the owner's writes apart: the owner's own integration
// user, or, when Salesforce owns the field, at least one other system's integration user to block.
function hasOwnershipRule(ir: PolicyIR, field: Field, salesforceSystem: string): boolean {
  const rule = field.rule;
  if (rule.ownerWins?.fillBlanks === true && field.type.kind === "multiPicklist") {
    return false;
  }
  // With optOutWins the rule rejects only a return to opted-in, which needs a checkbox to recognize.
  if (rule.optOutWins !== undefined && field.type.kind !== "boolean") {
    return false;
  }

  const owner = field.systemOfRecord;
  if ((ir.systems[owner]?.integrationUser ?? null) !== null) {
    return true;
  }
  if (owner !== salesforceSystem) {
    return false;
  }
  const limited = Object.keys(rule.limitedValues ?? {});
  return Object.entries(ir.systems).some(
    ([system, declared]) => system !== owner && !limited.includes(system) && declared.integrationUser !== null,
  );
}

/** True when the field is bound in a Salesforce system. */
export function bindsSalesforce(ir: PolicyIR, field: Field): boolean {
  return Object.keys(field.bindings).some((system) => ir.systems[system]?.kind === "salesforce");
}

/** True when a HubSpot or Marketo connector syncs the field with Salesforce. */
export function hasConnector(ir: PolicyIR, field: Field): boolean {
  return selectHubSpotSyncSetting(ir, field) !== null || selectMarketoBlockSetting(ir, field) !== null;
}
