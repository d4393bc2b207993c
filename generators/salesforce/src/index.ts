// Public entry of @fieldpolicy/generator-salesforce.

export { DEFAULT_API_VERSION, generateSalesforceProject } from "./generate-salesforce-project";
export type { SalesforceProjectOptions } from "./generate-salesforce-project";
export { SALESFORCE_CODES } from "./diagnostic-codes";
