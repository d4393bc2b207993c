// Codes of the diagnostics the Marketo generator reports. A code never changes meaning once released.

/** Marketo generator codes, FP52xx. */
export const MARKETO_DIAGNOSTIC_CODES = {
  /**
   * A Salesforce Contact field whose Salesforce sync source is blocked. Salesforce wins collisions
   * on contacts, and a blocked field then cannot update in either system. A warning.
   */
  blockedContactField: "FP5201",
  /** Fields sharing one Marketo field need different Block Field Updates settings. A warning. */
  sharedFieldConflict: "FP5202",
} as const;
