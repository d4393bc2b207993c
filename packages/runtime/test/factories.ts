// Small factories for resolver tests: a policy IR with the three systems of the default policy,
// fields built from a few overrides, conflicts and changes, and the compiled default policy.

import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChangeInput, ConflictInput, Field, PolicyIR } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { buildFieldPlan } from "../src/field-plan";
import { normalizeBase, normalizeChanges } from "../src/normalize/normalize-change";
import { buildInitialState } from "../src/prepare-state";
import type { FieldFacts, ResolutionState, UserDirectory } from "../src/types";

/** A Friday afternoon in New York, the clock of most tests. */
export const TEST_NOW = new Date("2026-12-04T20:00:00Z");

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
let leadIr: PolicyIR | undefined;

/** Compiles policies/lead.policy.ts once per test file through the real compiler. */
export function loadLeadIr(): PolicyIR {
  if (leadIr === undefined) {
    const compiled = compilePolicy("policies/lead.policy.ts", { cwd: REPOSITORY_ROOT });
    if (compiled.ir === null) {
      throw new Error(`The default policy does not compile: ${JSON.stringify(compiled.diagnostics)}`);
    }
    leadIr = compiled.ir;
  }
  return leadIr;
}

/** Builds a field with every IR key filled; a text field owned by the CRM unless overridden. */
export function buildField(overrides: Partial<Field> = {}): Field {
  return {
    object: "lead",
    label: "Test Field",
    description: "",
    tier: 2,
    category: "other",
    systemOfRecord: "crm",
    bindings: {
      crm: { property: "Test__c", create: false },
      map: { property: "test", create: false },
      enrichment: { property: "test", create: false },
    },
    type: { kind: "text", maxLength: null },
    rule: { ownerWins: { fillBlanks: false } },
    review: [],
    syncIntervalMinutes: 60,
    lockDirection: "twoWay",
    audit: { retentionDays: 30, trackHistory: false },
    merge: "primary",
    blanks: [],
    waive: [],
    ...overrides,
  };
}

/** Builds a policy IR with the CRM, the MAP and an enrichment vendor, and the given fields. */
export function buildIr(fields: Record<string, Field> = { testField: buildField() }): PolicyIR {
  return {
    irVersion: 1,
    name: "test",
    label: "Test policy",
    description: "",
    source: { file: "policies/test.policy.ts", sha256: "0".repeat(64) },
    systems: {
      crm: { kind: "salesforce", label: "Salesforce", integrationUser: null },
      map: { kind: "hubspot", label: "HubSpot", integrationUser: "hubspot.integration@example.com" },
      enrichment: { kind: "enrichment", label: "Enrichment", integrationUser: null },
    },
    objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact", enrichment: "person" } } },
    queues: {
      revops: {
        label: "RevOps",
        owner: "RevOps <revops@example.com>",
        responseTime: { businessDays: 1 },
        calendar: { timeZone: "America/New_York", workingDays: ["mon", "tue", "wed", "thu", "fri"], holidays: ["2026-12-25"] },
      },
    },
    blanks: ["Unknown", "[[unknown]]"],
    merges: { governed: true },
    fields,
  };
}

/** Builds a change from the MAP at noon UTC on 2026-12-01 unless overridden. */
export function buildChange(overrides: Partial<ChangeInput> = {}): ChangeInput {
  return { system: "map", value: "x", at: "2026-12-01T12:00:00Z", actor: "someone@example.com", ...overrides };
}

/** Builds a conflict on `testField` of record 00Q5f000001abcdEAA. */
export function buildConflict(overrides: Partial<ConflictInput> = {}): ConflictInput {
  return {
    record: "00Q5f000001abcdEAA",
    field: "testField",
    base: { value: "base", at: "2026-11-01T12:00:00Z" },
    changes: [buildChange()],
    ...overrides,
  };
}

/** Builds the state a rule part receives, through the real normalization and pre-settling. */
export function buildState(ir: PolicyIR, conflict: ConflictInput, users?: UserDirectory): { field: FieldFacts; state: ResolutionState } {
  const plan = buildFieldPlan(ir, conflict.field)!;
  const base = normalizeBase(conflict.base, plan, users);
  const changes = normalizeChanges(conflict.changes, plan, users);
  return { field: plan.facts, state: buildInitialState({ field: plan.facts, base, changes, echoes: new Set(), now: TEST_NOW.getTime() }) };
}

/** Builds a user directory with one rep active in Salesforce and HubSpot, and one only in Salesforce. */
export function buildUsers(): UserDirectory {
  return {
    users: [
      { email: "Dana.Reyes@example.com", ids: { crm: "0055f000005mc66AAA", map: "280725669" }, active: { crm: true, map: true } },
      { email: "sam.patel@example.com", ids: { crm: "0055f000005mc77AAA", map: "280725670" }, active: { crm: true, map: false } },
    ],
  };
}
