// Small factories for IR documents: a policy with Salesforce (`crm`), a MAP and an enrichment
// vendor, each writing through its own integration user except Salesforce itself.

import type { Field, PolicyIR } from "@fieldpolicy/core";

/** Builds an IR with the given fields and the systems `crm`, `map` and `enrichment`. */
export function buildTestIr(fields: Record<string, Field>, overrides: Partial<PolicyIR> = {}): PolicyIR {
  return {
    irVersion: 1,
    name: "test",
    label: "Test policy",
    description: "",
    source: { file: "policies/test.policy.ts", sha256: "0".repeat(64) },
    systems: {
      crm: { kind: "salesforce", label: "Salesforce", integrationUser: null },
      map: { kind: "hubspot", label: "HubSpot", integrationUser: "map@example.com" },
      enrichment: { kind: "enrichment", label: "Enrichment vendor", integrationUser: "enrich@example.com" },
    },
    objects: {
      lead: { label: "Lead", bindings: { crm: "Lead", map: "contact", enrichment: "person" } },
      opportunity: { label: "Opportunity", bindings: { crm: "Opportunity", map: "deal" } },
    },
    queues: {},
    blanks: ["Unknown"],
    merges: { governed: false },
    fields,
    ...overrides,
  };
}

/** Builds a tier 3 text field bound to `Title` and `jobtitle`, owned by Salesforce; overrides replace whole keys. */
export function buildTestField(overrides: Partial<Field> = {}): Field {
  return {
    object: "lead",
    label: "Job Title",
    description: "",
    tier: 3,
    category: "profile",
    systemOfRecord: "crm",
    bindings: { crm: { property: "Title", create: false }, map: { property: "jobtitle", create: false } },
    type: { kind: "text", maxLength: 128 },
    rule: { ownerWins: { fillBlanks: false } },
    review: [],
    syncIntervalMinutes: 60,
    lockDirection: "fromSystemOfRecord",
    audit: { retentionDays: 30, trackHistory: false },
    merge: null,
    blanks: [],
    waive: [],
    ...overrides,
  };
}

/** Binds a field in Salesforce and the MAP. */
export function bindTo(crm: string, map: string, create = false): Field["bindings"] {
  return { crm: { property: crm, create }, map: { property: map, create: false } };
}

/** Builds a picklist type whose Salesforce natives are given as native-to-canonical pairs. */
export function buildPicklist(
  values: [string, ...string[]],
  crmValues: Record<string, string>,
  addToPicklist: string[] = [],
): Field["type"] {
  return {
    kind: "picklist",
    values,
    valueMaps: { crm: { values: crmValues, inboundOnly: {}, addToPicklist } },
  };
}

/**
 * Builds a policy that uses every rule part Salesforce can enforce. Its native values contain
 * quotes and a backslash, a label contains markup, and it creates a picklist and a number field.
 */
export function buildRichTestIr(): PolicyIR {
  return buildTestIr({
    leadStatus: buildTestField({
      label: 'Lead <Status> & "State"',
      tier: 1,
      bindings: bindTo("Status", "hs_lead_status"),
      type: buildPicklist(
        ["New", "Contacted", "Bad"],
        { "Open - Not Contacted": "New", Contacted: "Contacted", 'Closed "Bad" \\ Lost': "Bad" },
        ["Contacted"],
      ),
      rule: {
        ownerWins: { fillBlanks: false },
        limitedValues: { map: ["Contacted"] },
        protectedValues: ["Bad"],
      },
      audit: { retentionDays: 90, trackHistory: true },
    }),
    stage: buildTestField({
      label: "Lifecycle Stage",
      tier: 1,
      bindings: bindTo("Lifecycle_Stage__c", "lifecyclestage", true),
      type: buildPicklist(["lead", "mql", "sql"], { Lead: "lead", MQL: "mql", SQL: "sql" }),
      rule: {
        ownerWins: { fillBlanks: false },
        noRegression: { order: ["lead", "mql", "sql"], demotions: [{ from: "sql", to: "mql" }] },
      },
      audit: { retentionDays: 90, trackHistory: true },
    }),
    source: buildTestField({
      label: "Lead Source",
      systemOfRecord: "map",
      bindings: bindTo("LeadSource", "hs_analytics_source"),
      type: buildPicklist(["Web", "Ads"], { Web: "Web", Ads: "Ads" }, ["Ads"]),
      rule: { ownerWins: { fillBlanks: true }, lockAfterFirstWrite: { correctableBy: ["crm"] } },
    }),
    score: buildTestField({
      label: "Score",
      systemOfRecord: "map",
      bindings: bindTo("Score__c", "score", true),
      type: { kind: "number", scale: 0 },
      rule: { ownerWins: { fillBlanks: false }, readOnlyFor: ["crm"] },
    }),
    title: buildTestField({
      label: "Job Title",
      systemOfRecord: "enrichment",
      bindings: {
        crm: { property: "Title", create: false },
        map: { property: "jobtitle", create: false },
        enrichment: { property: "title", create: false },
      },
      rule: { fillBlankOrStale: { source: "enrichment", maxAge: { days: 90, changeTime: "field" }, verifiedLockDays: 0, categories: {} } },
    }),
    company: buildTestField({
      label: "Company",
      systemOfRecord: "enrichment",
      bindings: {
        crm: { property: "Company", create: false },
        enrichment: { property: "company", create: false },
      },
      rule: { fillBlankOrStale: { source: "enrichment", maxAge: { days: 90, changeTime: "field" }, verifiedLockDays: 0, categories: {} } },
    }),
    oppStage: buildTestField({
      object: "opportunity",
      label: "Opportunity Stage",
      tier: 1,
      bindings: bindTo("StageName", "dealstage"),
      type: buildPicklist(["open", "won"], { Prospecting: "open", "Closed Won": "won" }),
      rule: { ownerWins: { fillBlanks: false }, readOnlyFor: ["map"], noRegression: { order: ["open", "won"], demotions: [] } },
      audit: { retentionDays: 90, trackHistory: true },
    }),
  });
}
