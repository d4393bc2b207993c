// Small factories for IR documents in tests: a policy with Salesforce, one MAP and an enrichment
// vendor, and fields that differ from a plain tier 3 text field only where a test overrides them.

import type { Field, PolicyIR, SystemKind } from "../src/index";

/** Options of `buildTestIr`. */
export interface TestIrOptions {
  /** Kind of the `map` system. */
  mapKind?: Extract<SystemKind, "hubspot" | "marketo">;
  fields?: Record<string, Field>;
}

/** Builds an IR with systems `crm` (Salesforce), `map` (HubSpot by default) and `enrichment`. */
export function buildTestIr(options: TestIrOptions = {}): PolicyIR {
  const mapKind = options.mapKind ?? "hubspot";
  return {
    irVersion: 1,
    name: "test",
    label: "Test policy",
    description: "",
    source: { file: "policies/test.policy.ts", sha256: "0".repeat(64) },
    systems: {
      crm: { kind: "salesforce", label: "Salesforce", integrationUser: null },
      map: { kind: mapKind, label: mapKind === "hubspot" ? "HubSpot" : "Marketo", integrationUser: "map@example.com" },
      enrichment: { kind: "enrichment", label: "Enrichment vendor", integrationUser: "enrich@example.com" },
    },
    objects: {
      lead: { label: "Lead", bindings: { crm: "Lead", map: mapKind === "hubspot" ? "contact" : "lead" } },
      contact: { label: "Contact", bindings: { crm: "Contact", map: mapKind === "hubspot" ? "contact" : "lead" } },
    },
    queues: {
      revops: {
        label: "RevOps",
        owner: "Dana <dana@example.com>",
        responseTime: { businessDays: 1 },
        calendar: { timeZone: "UTC", workingDays: ["mon", "tue", "wed", "thu", "fri"], holidays: [] },
      },
    },
    blanks: [],
    merges: { governed: false },
    fields: options.fields ?? {},
  };
}

/** Builds a field bound as `Title` in Salesforce and `jobtitle` in the MAP; overrides replace whole keys. */
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

/** Builds a Salesforce-and-MAP binding pair. */
export function bindTo(crm: string, map: string): Field["bindings"] {
  return { crm: { property: crm, create: false }, map: { property: map, create: false } };
}
