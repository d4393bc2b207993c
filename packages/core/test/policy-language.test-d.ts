// Type-level tests of the authoring API: they run through the TypeScript checker, and each
// `@ts-expect-error` fails the run when the line below it stops being an error.
import { describe, expectTypeOf, it } from "vitest";
import { definePolicy } from "../src/index";

const systems = {
  crm: { kind: "salesforce", label: "Salesforce" },
  map: { kind: "hubspot", label: "HubSpot" },
} as const;

const objects = { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } } as const;

const queues = {
  revops: { owner: "Dana", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC" } },
} as const;

describe("definePolicy", () => {
  it("infers each field's canonical picklist values", () => {
    const policy = definePolicy({
      name: "p",
      label: "P",
      systems,
      objects,
      fields: {
        status: {
          object: "lead",
          label: "Status",
          tier: 2,
          systemOfRecord: "crm",
          bindings: { crm: "Status" },
          type: { kind: "picklist", values: ["New", "Working"] },
          rule: { ownerWins: {}, protectedValues: ["Working"] },
        },
      },
    });

    expectTypeOf(policy.fields.status.rule.protectedValues).toEqualTypeOf<readonly ("New" | "Working")[] | undefined>();
  });

  it("rejects a system of record that is not a declared system", () => {
    definePolicy({
      name: "p",
      label: "P",
      systems,
      objects,
      fields: {
        owner: {
          object: "lead",
          label: "Owner",
          tier: 2,
          // @ts-expect-error "marketo" is not a declared system
          systemOfRecord: "marketo",
          bindings: { crm: "OwnerId" },
          type: { kind: "userReference" },
          rule: { ownerWins: {} },
        },
      },
    });
  });

  it("rejects a rule parameter of the wrong type", () => {
    definePolicy({
      name: "p",
      label: "P",
      systems,
      objects,
      fields: {
        status: {
          object: "lead",
          label: "Status",
          tier: 2,
          systemOfRecord: "crm",
          bindings: { crm: "Status" },
          type: { kind: "text" },
          // @ts-expect-error windowDays is a number of days, not a string
          rule: { recentActivityLock: { windowDays: "14" } },
        },
      },
    });
  });

  it("rejects a picklist literal outside the declared values", () => {
    definePolicy({
      name: "p",
      label: "P",
      systems,
      objects,
      fields: {
        status: {
          object: "lead",
          label: "Status",
          tier: 2,
          systemOfRecord: "crm",
          bindings: { crm: "Status", map: "hs_lead_status" },
          type: { kind: "picklist", values: ["New", "Contacted", "Engaged"] },
          rule: {
            // @ts-expect-error "Enaged" is not one of the field's canonical values
            limitedValues: { map: ["Contacted", "Enaged"] },
          },
        },
      },
    });
  });

  it("rejects a review trigger naming an undeclared queue", () => {
    definePolicy({
      name: "p",
      label: "P",
      systems,
      objects,
      queues,
      fields: {
        owner: {
          object: "lead",
          label: "Owner",
          tier: 1,
          systemOfRecord: "crm",
          bindings: { crm: "OwnerId" },
          type: { kind: "userReference" },
          rule: { ownerWins: {} },
          // @ts-expect-error "revopz" is not a declared queue
          review: [{ when: "override", queue: "revopz" }],
        },
      },
    });
  });

  it("rejects a binding for an undeclared system", () => {
    definePolicy({
      name: "p",
      label: "P",
      systems,
      objects,
      fields: {
        owner: {
          object: "lead",
          label: "Owner",
          tier: 2,
          systemOfRecord: "crm",
          // @ts-expect-error "enrichment" is not a declared system
          bindings: { crm: "OwnerId", enrichment: "owner" },
          type: { kind: "userReference" },
          rule: { ownerWins: {} },
        },
      },
    });
  });
});
