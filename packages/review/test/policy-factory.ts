import type { Field, PolicyIR } from "@fieldpolicy/core";

/** Builds a tier-1 Lead Status field owned by the CRM, with every IR default filled in. */
export function buildField(overrides: Partial<Field> = {}): Field {
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
      values: ["New", "Working", "Contacted", "Disqualified"],
      valueMaps: {
        map: {
          values: {
            NEW: "New",
            IN_PROGRESS: "Working",
            ATTEMPTED_TO_CONTACT: "Contacted",
            UNQUALIFIED: "Disqualified",
          },
          inboundOnly: {},
          addToPicklist: [],
        },
      },
    },
    rule: {
      ownerWins: { fillBlanks: false },
      limitedValues: { map: ["Contacted"] },
      protectedValues: ["Disqualified"],
    },
    review: [{ when: "protectedValue", queue: "revops" }],
    syncIntervalMinutes: 60,
    lockDirection: "fromSystemOfRecord",
    audit: { retentionDays: 90, trackHistory: true },
    merge: "primary",
    blanks: [],
    waive: [],
    ...overrides,
  };
}

/** Builds a small policy IR with a CRM, a MAP, one queue and the given fields. */
export function buildPolicy(fields: Record<string, Field> = { leadStatus: buildField() }): PolicyIR {
  return {
    irVersion: 1,
    name: "lead",
    label: "Lead",
    description: "",
    source: { file: "policies/lead.policy.ts", sha256: "0".repeat(64) },
    systems: {
      crm: { kind: "salesforce", label: "Salesforce", integrationUser: null },
      map: { kind: "hubspot", label: "HubSpot", integrationUser: "hubspot@example.com" },
    },
    objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } },
    queues: {
      revops: {
        label: "RevOps",
        owner: "Dana Reyes",
        responseTime: { businessDays: 1 },
        calendar: { timeZone: "America/New_York", workingDays: ["mon", "tue", "wed", "thu", "fri"], holidays: [] },
      },
    },
    blanks: [],
    merges: { governed: true },
    fields,
  };
}
