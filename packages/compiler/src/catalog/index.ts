// Public entry of the compiler's catalog support: loading Salesforce describes and HubSpot
// properties listings into core's `Catalog`.

export { loadCatalog, type LoadCatalogResult } from "./load-catalog";
export { CATALOG_DIAGNOSTIC_CODES, type CatalogDiagnosticCode } from "./catalog-diagnostics";
export { HUBSPOT_FILE_NAME_PATTERN } from "./read-hubspot-properties";
export { suggestNames, countEdits } from "./suggest-names";
export { isDocumentedStandardField } from "./salesforce-standard-fields";
export { CONNECTOR_EXCEPTIONS, findConnectorException, type ConnectorException } from "@fieldpolicy/core";
