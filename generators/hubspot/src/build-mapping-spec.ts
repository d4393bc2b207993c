// Builds the HubSpot mapping spec from the IR: one mapping per field that both HubSpot and
// Salesforce bind. The sync rule comes from core's connector settings and the layers from core's
// enforcement plan, so the spec and the plan cannot disagree.

import {
  buildDiagnostic,
  buildEnforcementPlan,
  findBoundSystemOfKind,
  hashIr,
  renderGeneratedBanner,
  selectHubSpotSyncSetting,
  toJsonPointer,
  type Diagnostic,
  type EnforcementPlan,
  type Field,
  type PolicyIR,
} from "@fieldpolicy/core";
import { HUBSPOT_DIAGNOSTIC_CODES } from "./diagnostic-codes";
import { describePlatformBehavior, describeSyncReason } from "./describe-sync-reason";
import { HUBSPOT_DOCUMENTATION } from "./documentation-sources";
import {
  HUBSPOT_MAPPING_SCHEMA_ID,
  type HubSpotMapping,
  type HubSpotMappingSpec,
  type UnmappedField,
} from "./mapping-spec";

/** The spec and the problems found while building it. */
export interface MappingSpecResult {
  spec: HubSpotMappingSpec;
  diagnostics: Diagnostic[];
}

/**
 * Builds the mapping spec of a policy with a HubSpot and a Salesforce system, or returns null when
 * the policy lacks either. Mappings are sorted by HubSpot object, then by field key.
 */
export function buildMappingSpec(ir: PolicyIR): MappingSpecResult | null {
  const hubspotSystem = Object.keys(ir.systems)
    .sort()
    .find((system) => ir.systems[system]?.kind === "hubspot");
  const salesforceSystem = Object.keys(ir.systems)
    .sort()
    .find((system) => ir.systems[system]?.kind === "salesforce");
  if (hubspotSystem === undefined || salesforceSystem === undefined) {
    return null;
  }

  const plan = buildEnforcementPlan(ir);
  const mappings: HubSpotMapping[] = [];
  const unmapped: UnmappedField[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const fieldKey of Object.keys(ir.fields).sort()) {
    const field = ir.fields[fieldKey]!;
    const mapping = buildMapping(ir, plan, fieldKey, field);
    if (mapping === null) {
      const reason = describeUnmapped(ir, field);
      if (reason !== null) {
        unmapped.push({ field: fieldKey, reason });
      }
      continue;
    }
    mappings.push(mapping);
    if (mapping.syncRule === "Don't sync") {
      diagnostics.push(buildUnmappableDiagnostic(fieldKey, hubspotSystem, mapping.hubspotProperty));
    }
  }
  // A stable sort on the object keeps the field-key order inside each object.
  mappings.sort((left, right) => compareText(left.objects.hubspot, right.objects.hubspot));

  const spec: HubSpotMappingSpec = {
    $schema: HUBSPOT_MAPPING_SCHEMA_ID,
    generatedBy: renderGeneratedBanner(ir),
    specVersion: 1,
    policy: { name: ir.name, label: ir.label, file: ir.source.file, sha256: hashIr(ir) },
    hubspotSystem,
    salesforceSystem,
    integrationUser: ir.systems[hubspotSystem]?.integrationUser ?? null,
    documentation: [...HUBSPOT_DOCUMENTATION],
    mappings,
    unmapped,
  };
  return { spec, diagnostics };
}

function buildMapping(ir: PolicyIR, plan: EnforcementPlan, fieldKey: string, field: Field): HubSpotMapping | null {
  const setting = selectHubSpotSyncSetting(ir, field);
  if (setting === null) {
    return null;
  }
  const hubspotBinding = field.bindings[setting.hubspotSystem]!;
  const salesforceBinding = field.bindings[setting.salesforceSystem]!;
  const object = ir.objects[field.object];

  const ruleParts = plan.entries
    .filter((entry) => entry.field === fieldKey)
    .map((entry) => ({
      part: entry.part,
      layers: [...entry.layers],
      coveredBySyncRule: entry.layers.includes("connector"),
      note: entry.note,
    }));
  const ownershipInSalesforce = ruleParts.some(
    (entry) => entry.part === "ownerWins" && entry.layers.includes("salesforceMetadata"),
  );

  return {
    field: fieldKey,
    label: field.label,
    tier: field.tier,
    objects: {
      hubspot: object?.bindings[setting.hubspotSystem] ?? field.object,
      salesforce: object?.bindings[setting.salesforceSystem] ?? field.object,
    },
    hubspotProperty: hubspotBinding.property,
    salesforceField: salesforceBinding.property,
    createHubSpotProperty: hubspotBinding.create,
    createSalesforceField: salesforceBinding.create,
    syncRule: setting.rule,
    editable: setting.fixedBy === null,
    reason: describeSyncReason({ ir, field, setting, ownershipInSalesforce }),
    platformBehavior: describePlatformBehavior(ir, field, setting),
    ruleParts,
  };
}

// A field HubSpot or Salesforce binds alone is worth a line in the spec, so readers do not look for
// its mapping; a field bound in neither has nothing to do with this connector.
function describeUnmapped(ir: PolicyIR, field: Field): string | null {
  const hubspot = findBoundSystemOfKind(ir, field, "hubspot");
  const salesforce = findBoundSystemOfKind(ir, field, "salesforce");
  if (hubspot !== null && salesforce === null) {
    return "Bound in HubSpot only, so the connector has nothing to map; the resolver governs its writes.";
  }
  if (salesforce !== null && hubspot === null) {
    return "Bound in Salesforce only, so the connector has nothing to map; the resolver governs its writes.";
  }
  return null;
}

function buildUnmappableDiagnostic(fieldKey: string, hubspotSystem: string, property: string): Diagnostic {
  return buildDiagnostic({
    code: HUBSPOT_DIAGNOSTIC_CODES.unmappableUserProperty,
    severity: "warning",
    message: `HubSpot cannot map the user property "${property}" of field "${fieldKey}" to Salesforce; the mapping spec sets "Don't sync" and the resolver carries the value.`,
    path: toJsonPointer(["fields", fieldKey, "bindings", hubspotSystem]),
    hint: "Bind the field to hubspot_owner_id, or accept that only the resolver syncs it.",
  });
}

function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
