// Value lists the lead policy shares between fields and rules. Kept in their own file so that a
// change to an order shows up in review as exactly that.

/** HubSpot's default lifecycle stages (internal values), earliest first. */
export const LIFECYCLE_STAGES = [
  "subscriber",
  "lead",
  "marketingqualifiedlead",
  "salesqualifiedlead",
  "opportunity",
  "customer",
  "evangelist",
] as const;

/**
 * Opportunity stages, earliest first, named after HubSpot's default deal pipeline. Closed Lost
 * comes last, so reopening a lost deal counts as a regression.
 */
export const OPPORTUNITY_STAGES = [
  "Appointment Scheduled",
  "Qualified to Buy",
  "Presentation Scheduled",
  "Decision Maker Bought-In",
  "Contract Sent",
  "Closed Won",
  "Closed Lost",
] as const;

/** Role categories of job titles, each with the lower-case keywords that place a title in it. */
export const ROLE_CATEGORIES = {
  executive: ["chief", "ceo", "cfo", "cmo", "cto", "coo", "president", "founder", "owner"],
  vicePresident: ["vp", "vice president", "svp", "evp"],
  director: ["director", "head of"],
  manager: ["manager", "lead", "supervisor"],
  individualContributor: [
    "engineer",
    "analyst",
    "specialist",
    "associate",
    "representative",
    "developer",
    "consultant",
  ],
} as const;
