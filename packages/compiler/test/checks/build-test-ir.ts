// Small factories for check tests: a minimal IR that passes every semantic check, and fields to
// add to it. Each call returns fresh objects, so a test may change them freely.

import type { Field, PolicyIR } from "@fieldpolicy/core";

/** A tier-1 lead status picklist, owned by the CRM, with a Salesforce value map. */
export function buildStatusField(): Field {
  return {
    object: "lead",
    label: "Lead Status",
    description: "",
    tier: 1,
    category: "status",
    systemOfRecord: "crm",
    bindings: { crm: { property: "Status", create: false }, map: { property: "hs_lead_status", create: false } },
    type: {
      kind: "picklist",
      values: ["New", "Working", "Qualified"],
      valueMaps: {
        crm: {
          values: { "Open - Not Contacted": "New", "Working - Contacted": "Working", "Closed - Converted": "Qualified" },
          inboundOnly: {},
          addToPicklist: [],
        },
        map: {
          values: { NEW: "New", IN_PROGRESS: "Working", OPEN_DEAL: "Qualified" },
          inboundOnly: { OPEN: "New" },
          addToPicklist: [],
        },
      },
    },
    rule: { ownerWins: { fillBlanks: false } },
    review: [{ when: "override", queue: "revops" }],
    syncIntervalMinutes: 60,
    lockDirection: "fromSystemOfRecord",
    audit: { retentionDays: 90, trackHistory: true },
    merge: "primary",
    blanks: [],
    waive: [],
  };
}

/** A tier-3 text field filled by the enrichment vendor and owned by the CRM. */
export function buildTitleField(): Field {
  return {
    object: "lead",
    label: "Job Title",
    description: "",
    tier: 3,
    category: "profile",
    systemOfRecord: "crm",
    bindings: {
      crm: { property: "Title", create: false },
      map: { property: "jobtitle", create: false },
      enrichment: { property: "title", create: false },
    },
    type: { kind: "text", maxLength: 128 },
    rule: {
      ownerWins: { fillBlanks: false },
      fillBlankOrStale: {
        source: "enrichment",
        maxAge: { days: 90, changeTime: "field" },
        verifiedLockDays: 90,
        categories: {},
      },
    },
    review: [],
    syncIntervalMinutes: 1440,
    lockDirection: "twoWay",
    audit: { retentionDays: 30, trackHistory: false },
    merge: "latest",
    blanks: [],
    waive: [],
  };
}

/** A tier-1 consent flag owned by the MAP. */
export function buildConsentField(): Field {
  return {
    object: "lead",
    label: "Email Opt-Out",
    description: "",
    tier: 1,
    category: "consent",
    systemOfRecord: "map",
    bindings: { crm: { property: "HasOptedOutOfEmail", create: false }, map: { property: "hs_email_optout", create: false } },
    type: { kind: "boolean" },
    rule: { ownerWins: { fillBlanks: false }, optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 } },
    review: [{ when: "optInWithoutEvidence", queue: "revops" }],
    syncIntervalMinutes: 15,
    lockDirection: "fromSystemOfRecord",
    audit: { retentionDays: 90, trackHistory: true },
    merge: "mostRestrictive",
    blanks: [],
    waive: [],
  };
}

/** A minimal policy IR with a CRM, a MAP and an enrichment vendor that passes every semantic check. */
export function buildTestIr(): PolicyIR {
  return {
    irVersion: 1,
    name: "test",
    label: "Test policy",
    description: "",
    source: { file: "policies/test.policy.ts", sha256: "0".repeat(64) },
    systems: {
      crm: { kind: "salesforce", label: "Salesforce", integrationUser: null },
      map: { kind: "hubspot", label: "HubSpot", integrationUser: "hubspot.integration@example.com" },
      enrichment: { kind: "enrichment", label: "Enrichment vendor", integrationUser: "enrichment@example.com" },
    },
    objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact", enrichment: "person" } } },
    queues: {
      revops: {
        label: "RevOps exceptions",
        owner: "Dana Reyes <dana.reyes@example.com>",
        responseTime: { businessDays: 1 },
        calendar: { timeZone: "America/New_York", workingDays: ["mon", "tue", "wed", "thu", "fri"], holidays: [] },
      },
    },
    blanks: [],
    merges: { governed: true },
    fields: { leadStatus: buildStatusField(), jobTitle: buildTitleField(), consent: buildConsentField() },
  };
}

/** Returns a field of the IR, failing loudly when a test names one the factory does not build. */
export function getField(ir: PolicyIR, key: string): Field {
  const field = ir.fields[key];
  if (field === undefined) {
    throw new Error(`The test IR has no field ${key}.`);
  }
  return field;
}
