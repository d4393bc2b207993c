// The shape of the HubSpot mapping spec, the JSON file that replaces the mapping file HubSpot
// does not offer. schemas/hubspot-mapping.schema.json describes the same shape for other tools.

import type { EnforcementLayer, HubSpotSyncRule, RulePartName, Tier } from "@fieldpolicy/core";
import type { DocumentationSource } from "./documentation-sources";

/** Identifier of the schema every spec points at with `$schema`. */
export const HUBSPOT_MAPPING_SCHEMA_ID = "https://fieldpolicy.dev/schemas/hubspot-mapping.schema.json";

/** The enforcement of one rule part of a mapped field. */
export interface MappingRulePart {
  part: RulePartName;
  layers: EnforcementLayer[];
  /** True when the sync rule set in HubSpot is one of the layers. */
  coveredBySyncRule: boolean;
  note: string;
}

/** One HubSpot property mapped to one Salesforce field. */
export interface HubSpotMapping {
  /** The policy's field key. */
  field: string;
  label: string;
  tier: Tier;
  objects: { hubspot: string; salesforce: string };
  hubspotProperty: string;
  salesforceField: string;
  /** True when the admin creates the HubSpot property before mapping it. */
  createHubSpotProperty: boolean;
  /** True when the generated Salesforce project creates the Salesforce field. */
  createSalesforceField: boolean;
  syncRule: HubSpotSyncRule;
  /** False when HubSpot fixes the mapping, so the admin only checks it. */
  editable: boolean;
  /** One sentence, derived from the policy, on why the mapping uses this rule. */
  reason: string;
  /** The behavior HubSpot fixes for this mapping, which the admin cannot change, or null. */
  platformBehavior: string | null;
  ruleParts: MappingRulePart[];
}

/** A policy field bound in HubSpot or Salesforce that has no mapping, with the reason. */
export interface UnmappedField {
  field: string;
  reason: string;
}

/** The whole spec of one policy. */
export interface HubSpotMappingSpec {
  $schema: typeof HUBSPOT_MAPPING_SCHEMA_ID;
  generatedBy: string;
  specVersion: 1;
  policy: { name: string; label: string; file: string; sha256: string };
  hubspotSystem: string;
  salesforceSystem: string;
  /** Salesforce username of HubSpot's integration user, or null when the policy names none. */
  integrationUser: string | null;
  documentation: DocumentationSource[];
  /** Mappings sorted by HubSpot object, then by field key. */
  mappings: HubSpotMapping[];
  unmapped: UnmappedField[];
}
