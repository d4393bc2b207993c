// Public entry of @fieldpolicy/generator-hubspot: the HubSpot Salesforce connector's mapping spec
// and admin checklist.

export { ADMIN_CHECKLIST_FILE, MAPPING_SPEC_FILE, generateHubSpot } from "./generate-hubspot";
export { buildMappingSpec, type MappingSpecResult } from "./build-mapping-spec";
export { HUBSPOT_DIAGNOSTIC_CODES } from "./diagnostic-codes";
export { HUBSPOT_DOCUMENTATION, type DocumentationSource } from "./documentation-sources";
export * from "./mapping-spec";
