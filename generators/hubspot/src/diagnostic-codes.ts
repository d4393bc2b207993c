// Codes of the diagnostics the HubSpot generator reports. A code never changes meaning once released.

/** HubSpot generator codes, FP51xx. */
export const HUBSPOT_DIAGNOSTIC_CODES = {
  /** A custom HubSpot user property, which HubSpot's Salesforce connector cannot map. A warning. */
  unmappableUserProperty: "FP5101",
} as const;
