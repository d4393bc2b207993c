// Small IR factories for the docs generator's tests: a complete, canonical policy with two
// systems, one queue and a few fields, which each test adjusts to the case it checks.

import type { Field, PolicyIR, Queue } from "@fieldpolicy/core";

/** Builds a field bound in Salesforce and HubSpot, owned by Salesforce, with the given changes. */
export function buildTestField(overrides: Partial<Field> = {}): Field {
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
      values: ["New", "Working", "Contacted", "Engaged", "Disqualified"],
      valueMaps: {
        map: {
          values: {
            NEW: "New",
            IN_PROGRESS: "Working",
            ATTEMPTED_TO_CONTACT: "Contacted",
            CONNECTED: "Engaged",
            UNQUALIFIED: "Disqualified",
          },
          inboundOnly: {},
          addToPicklist: [],
        },
      },
    },
    rule: { ownerWins: { fillBlanks: false }, limitedValues: { map: ["Contacted", "Engaged"] } },
    review: [{ when: "override", queue: "revops" }],
    syncIntervalMinutes: 60,
    lockDirection: "fromSystemOfRecord",
    audit: { retentionDays: 90, trackHistory: true },
    merge: "primary",
    blanks: [],
    waive: [],
    ...overrides,
  };
}

/** Builds a review queue with a New York calendar. */
export function buildTestQueue(overrides: Partial<Queue> = {}): Queue {
  return {
    label: "RevOps exceptions",
    owner: "Dana Reyes <dana.reyes@example.com>",
    responseTime: { businessDays: 2 },
    calendar: {
      timeZone: "America/New_York",
      workingDays: ["mon", "tue", "wed", "thu", "fri"],
      holidays: ["2027-01-01"],
    },
    ...overrides,
  };
}

/** Builds a policy IR with Salesforce, HubSpot, one object, one queue and the given fields. */
export function buildTestPolicy(overrides: Partial<PolicyIR> = {}): PolicyIR {
  return {
    irVersion: 1,
    name: "test",
    label: "Test policy",
    description: "A policy for the docs generator's tests.",
    source: { file: "policies/test.policy.ts", sha256: "a".repeat(64) },
    systems: {
      crm: { kind: "salesforce", label: "Salesforce", integrationUser: null },
      map: { kind: "hubspot", label: "HubSpot", integrationUser: "hubspot.integration@example.com" },
    },
    objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } },
    queues: { revops: buildTestQueue() },
    blanks: ["Unknown"],
    merges: { governed: true },
    fields: { leadStatus: buildTestField() },
    ...overrides,
  };
}
