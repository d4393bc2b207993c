// Codes of the diagnostics the Salesforce generator reports. A code never changes meaning once
// released.

/** Diagnostics of the Salesforce project generator. */
export const SALESFORCE_CODES = {
  /** A rule part the enforcement plan gives to Salesforce cannot be expressed as a validation rule. */
  ruleNotExpressible: "FP5301",
  /** A validation rule formula is longer than Salesforce allows. */
  formulaTooLong: "FP5302",
  /** An object would track more fields than Salesforce's limit. */
  historyLimitExceeded: "FP5303",
  /** History tracking cannot be switched on for a field from this project. */
  historyNotSettable: "FP5304",
  /** Values the policy adds to a standard picklist are not deployed. */
  picklistValuesNotDeployed: "FP5305",
  /** A field the project would create has an invalid API name. */
  invalidCustomFieldName: "FP5306",
  /** The policy declares more than one Salesforce system; the project serves the first. */
  severalSalesforceSystems: "FP5307",
  /** A field a system may write cannot carry a field permission. */
  fieldPermissionNotGranted: "FP5308",
  /** The API version option is not of the form `66.0`. */
  invalidApiVersion: "FP5309",
  /** The policy has no Salesforce system, so there is no project to generate. */
  noSalesforceSystem: "FP5310",
  /** Values added to Lead Status reach users only through each lead process that lists them. */
  leadProcessNeedsValues: "FP5311",
} as const;
