// The per-field settings the native connectors offer, and which one a policy field needs. The
// enforcement plan and the HubSpot and Marketo generators all read these functions, so the plan
// never claims a connector setting that the generated checklists do not tell the admin to make.
//
// HubSpot facts follow HubSpot's knowledge base article "Map HubSpot properties to Salesforce
// fields" (last updated March 27, 2026). Marketo facts follow Adobe's "Block Updates to a Field"
// page (AdobeDocs/marketo.en, help/marketo/product-docs/administration/field-management).

import type { Field, PolicyIR, SystemKind } from "./ir/policy-ir.generated";

/** The four sync rules HubSpot's Salesforce connector offers per mapping. It has no "always use HubSpot". */
export type HubSpotSyncRule = "Prefer Salesforce unless blank" | "Always use Salesforce" | "Two-way" | "Don't sync";

/** Every HubSpot sync rule, in the order HubSpot's mapping panel lists them. */
export const HUBSPOT_SYNC_RULES: readonly HubSpotSyncRule[] = [
  "Prefer Salesforce unless blank",
  "Always use Salesforce",
  "Two-way",
  "Don't sync",
];

/** A mapping whose behavior HubSpot fixes, whatever rule its panel shows. */
export type HubSpotFixedMapping = "ownerMapping" | "emailOptOutMapping";

/** The HubSpot mapping one field needs. */
export interface HubSpotSyncSetting {
  hubspotSystem: string;
  salesforceSystem: string;
  rule: HubSpotSyncRule;
  /** Set when HubSpot fixes the mapping's behavior, so the admin only checks it. */
  fixedBy: HubSpotFixedMapping | null;
  /** True when HubSpot cannot map the pair at all (a custom HubSpot user property). */
  unmappable: boolean;
}

/** The Block Field Updates setting one Marketo field needs. */
export interface MarketoBlockSetting {
  marketoSystem: string;
  salesforceSystem: string;
  /** Block the Salesforce sync source: Salesforce may no longer overwrite a non-blank Marketo value. */
  blocksSalesforceSync: boolean;
  /** Block Marketo's own input sources (form fill-out, list imports, web service API). */
  blocksMarketoSources: boolean;
}

// HubSpot's contact, company and deal owner property; the connector keeps it two-way.
const HUBSPOT_OWNER_PROPERTY = "hubspot_owner_id";

// HubSpot's uneditable opt-out mapping pairs these two properties.
const HUBSPOT_OPT_OUT_PROPERTY = "hs_email_optout";
const SALESFORCE_OPT_OUT_FIELD = "HasOptedOutOfEmail";

/** Returns the first system of the given kind that the field is bound in, or null. */
export function findBoundSystemOfKind(ir: PolicyIR, field: Field, kind: SystemKind): string | null {
  const systems = Object.keys(field.bindings).sort();
  return systems.find((system) => ir.systems[system]?.kind === kind) ?? null;
}

/** Selects the HubSpot sync rule a field needs, or returns null when HubSpot and Salesforce do not both bind it. */
export function selectHubSpotSyncSetting(ir: PolicyIR, field: Field): HubSpotSyncSetting | null {
  const hubspotSystem = findBoundSystemOfKind(ir, field, "hubspot");
  const salesforceSystem = findBoundSystemOfKind(ir, field, "salesforce");
  if (hubspotSystem === null || salesforceSystem === null) {
    return null;
  }

  const setting = (rule: HubSpotSyncRule, fixedBy: HubSpotFixedMapping | null, unmappable = false) => ({
    hubspotSystem,
    salesforceSystem,
    rule,
    fixedBy,
    unmappable,
  });
  const hubspotProperty = field.bindings[hubspotSystem]?.property;
  const salesforceField = field.bindings[salesforceSystem]?.property;

  if (field.type.kind === "userReference") {
    // Only HubSpot's own owner property maps to a Salesforce user lookup; custom user properties cannot be mapped.
    return hubspotProperty === HUBSPOT_OWNER_PROPERTY
      ? setting("Two-way", "ownerMapping")
      : setting("Don't sync", null, true);
  }
  if (hubspotProperty === HUBSPOT_OPT_OUT_PROPERTY && salesforceField === SALESFORCE_OPT_OUT_FIELD) {
    return setting("Two-way", "emailOptOutMapping");
  }

  const rule = field.rule;
  // A system that may never write the field needs no path into Salesforce, whoever owns it.
  if (rule.readOnlyFor?.includes(hubspotSystem)) {
    return setting("Always use Salesforce", null);
  }
  if (field.systemOfRecord !== salesforceSystem || rule.ownerWins === undefined) {
    return setting("Two-way", null);
  }
  // HubSpot may set some values (limited values) or is held back only by recent activity: both need
  // HubSpot's writes to reach Salesforce, where the validation rules and the resolver judge them.
  if (rule.limitedValues?.[hubspotSystem] !== undefined || rule.recentActivityLock?.systems.includes(hubspotSystem)) {
    return setting("Two-way", null);
  }
  return setting(rule.ownerWins.fillBlanks ? "Prefer Salesforce unless blank" : "Always use Salesforce", null);
}

/**
 * Selects the Block Field Updates setting of a field's Marketo property, or returns null when
 * Marketo and Salesforce do not both bind it. Several policy fields can share one Marketo property
 * (a Marketo person is both a Salesforce Lead and a Contact), and Marketo has one setting per
 * property, so a source is blocked only when every field sharing the property requests it.
 */
export function selectMarketoBlockSetting(ir: PolicyIR, field: Field): MarketoBlockSetting | null {
  const own = selectOwnMarketoBlock(ir, field);
  if (own === null) {
    return null;
  }
  const property = field.bindings[own.marketoSystem]?.property;
  for (const other of Object.values(ir.fields)) {
    if (other === field || other.bindings[own.marketoSystem]?.property !== property) {
      continue;
    }
    const shared = selectOwnMarketoBlock(ir, other);
    own.blocksSalesforceSync &&= shared?.blocksSalesforceSync ?? false;
    own.blocksMarketoSources &&= shared?.blocksMarketoSources ?? false;
  }
  return own;
}

function selectOwnMarketoBlock(ir: PolicyIR, field: Field): MarketoBlockSetting | null {
  const marketoSystem = findBoundSystemOfKind(ir, field, "marketo");
  const salesforceSystem = findBoundSystemOfKind(ir, field, "salesforce");
  if (marketoSystem === null || salesforceSystem === null) {
    return null;
  }

  const rule = field.rule;
  const setting = { marketoSystem, salesforceSystem, blocksSalesforceSync: false, blocksMarketoSources: false };
  // An opt-out from any system must reach Marketo at once, so no source is blocked for a consent field.
  if (rule.optOutWins !== undefined) {
    return setting;
  }
  if (rule.lockAfterFirstWrite !== undefined) {
    // Adobe describes Block Field Updates as "write once, keep the original value": a lock after
    // first write, except for the systems allowed to correct the value.
    const correctors = rule.lockAfterFirstWrite.correctableBy;
    return {
      ...setting,
      blocksSalesforceSync: !correctors.includes(salesforceSystem),
      blocksMarketoSources: !correctors.includes(marketoSystem),
    };
  }
  const marketoOwns = field.systemOfRecord === marketoSystem;
  const salesforceReadOnly = rule.readOnlyFor?.includes(salesforceSystem) ?? false;
  return { ...setting, blocksSalesforceSync: salesforceReadOnly || (marketoOwns && rule.ownerWins !== undefined) };
}
