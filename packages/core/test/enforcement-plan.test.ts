import { describe, expect, it } from "vitest";
import {
  buildEnforcementPlan,
  checkEnforcementPlan,
  selectHubSpotSyncSetting,
  selectMarketoBlockSetting,
  UNENFORCED_RULE_PART_CODE,
  type EnforcementLayer,
  type Field,
  type PolicyIR,
  type RulePartName,
} from "../src/index";
import { bindTo, buildTestField, buildTestIr } from "./build-test-ir";

function layersOf(ir: PolicyIR, field: string, part: RulePartName): EnforcementLayer[] | undefined {
  return buildEnforcementPlan(ir).entries.find((entry) => entry.field === field && entry.part === part)?.layers;
}

function irWith(field: Field, mapKind: "hubspot" | "marketo" = "hubspot"): PolicyIR {
  return buildTestIr({ mapKind, fields: { subject: field } });
}

describe("buildEnforcementPlan with HubSpot", () => {
  it("assigns ownerWins to the connector under Always use Salesforce", () => {
    const ir = irWith(buildTestField());

    expect(selectHubSpotSyncSetting(ir, ir.fields.subject!)?.rule).toBe("Always use Salesforce");
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["connector", "salesforceMetadata", "runtimeResolver"]);
  });

  it("assigns ownerWins with fillBlanks to Prefer Salesforce unless blank", () => {
    const ir = irWith(buildTestField({ rule: { ownerWins: { fillBlanks: true } } }));

    expect(selectHubSpotSyncSetting(ir, ir.fields.subject!)?.rule).toBe("Prefer Salesforce unless blank");
    expect(layersOf(ir, "subject", "ownerWins")).toContain("connector");
  });

  it("keeps the connector out of a HubSpot-owned field", () => {
    const ir = irWith(buildTestField({ systemOfRecord: "map" }));

    expect(selectHubSpotSyncSetting(ir, ir.fields.subject!)?.rule).toBe("Two-way");
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });

  it("keeps the connector out of the owner mapping", () => {
    const owner = buildTestField({ bindings: bindTo("OwnerId", "hubspot_owner_id"), type: { kind: "userReference" } });
    const ir = irWith(owner);

    expect(selectHubSpotSyncSetting(ir, owner)).toMatchObject({ rule: "Two-way", fixedBy: "ownerMapping" });
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });

  it("maps a custom HubSpot user property to Don't sync", () => {
    const user = buildTestField({ bindings: bindTo("Reviewer__c", "reviewer"), type: { kind: "userReference" } });

    expect(selectHubSpotSyncSetting(irWith(user), user)).toMatchObject({ rule: "Don't sync", unmappable: true });
  });

  it("keeps Two-way where HubSpot may set limited values", () => {
    const status = buildTestField({
      type: { kind: "picklist", values: ["New", "Contacted"], valueMaps: {} },
      rule: { ownerWins: { fillBlanks: false }, limitedValues: { map: ["Contacted"] } },
    });
    const ir = irWith(status);

    expect(selectHubSpotSyncSetting(ir, status)?.rule).toBe("Two-way");
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
    expect(layersOf(ir, "subject", "limitedValues")).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });

  it("assigns readOnlyFor the MAP to the connector", () => {
    const ir = irWith(buildTestField({ rule: { ownerWins: { fillBlanks: true }, readOnlyFor: ["map"] } }));

    expect(selectHubSpotSyncSetting(ir, ir.fields.subject!)?.rule).toBe("Always use Salesforce");
    expect(layersOf(ir, "subject", "readOnlyFor")).toEqual(["connector", "salesforceMetadata", "runtimeResolver"]);
  });

  it("keeps the connector out of the fixed opt-out mapping", () => {
    const consent = buildTestField({
      systemOfRecord: "map",
      category: "consent",
      bindings: bindTo("HasOptedOutOfEmail", "hs_email_optout"),
      type: { kind: "boolean" },
      rule: {
        ownerWins: { fillBlanks: false },
        optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
      },
    });
    const ir = irWith(consent);

    expect(selectHubSpotSyncSetting(ir, consent)).toMatchObject({ rule: "Two-way", fixedBy: "emailOptOutMapping" });
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
    expect(layersOf(ir, "subject", "optOutWins")).toEqual(["runtimeResolver"]);
  });

  it("keeps HubSpot out of a read-only enrichment field", () => {
    const ir = irWith(buildTestField({ systemOfRecord: "enrichment", rule: { readOnlyFor: ["map"] } }));

    expect(selectHubSpotSyncSetting(ir, ir.fields.subject!)?.rule).toBe("Always use Salesforce");
    expect(layersOf(ir, "subject", "readOnlyFor")).toEqual(["connector", "salesforceMetadata", "runtimeResolver"]);
  });

  it("leaves the activity lock to the resolver", () => {
    const ir = irWith(
      buildTestField({
        rule: { ownerWins: { fillBlanks: false }, recentActivityLock: { windowDays: 14, systems: ["map"] } },
      }),
    );

    expect(layersOf(ir, "subject", "recentActivityLock")).toEqual(["runtimeResolver"]);
  });

  it("skips Salesforce metadata for a number's noRegression", () => {
    const ir = irWith(
      buildTestField({
        type: { kind: "number", scale: 0 },
        rule: { noRegression: { order: ["1", "2"], demotions: [] } },
      }),
    );

    expect(layersOf(ir, "subject", "noRegression")).toEqual(["runtimeResolver"]);
  });

  it("skips Salesforce metadata for a field Salesforce does not bind", () => {
    const ir = irWith(buildTestField({ bindings: { map: { property: "jobtitle", create: false } } }));

    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["runtimeResolver"]);
  });
});

describe("buildEnforcementPlan with Salesforce metadata", () => {
  it("skips ownership of a text consent field", () => {
    const consent = buildTestField({
      systemOfRecord: "map",
      rule: {
        ownerWins: { fillBlanks: false },
        optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
      },
    });

    expect(layersOf(irWith(consent), "subject", "ownerWins")).toEqual(["runtimeResolver"]);
  });

  it("skips ownership without another integration user", () => {
    const ir = irWith(buildTestField());
    ir.systems.map!.integrationUser = null;
    ir.systems.enrichment!.integrationUser = null;

    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["connector", "runtimeResolver"]);
  });

  it("skips a lock on a checkbox", () => {
    const ir = irWith(
      buildTestField({ type: { kind: "boolean" }, rule: { lockAfterFirstWrite: { correctableBy: [] } } }),
    );

    expect(layersOf(ir, "subject", "lockAfterFirstWrite")).toEqual(["runtimeResolver"]);
  });

  it("skips readOnlyFor a system that does not write to Salesforce", () => {
    const ir = irWith(buildTestField({ rule: { readOnlyFor: ["map"] } }));
    ir.systems.map!.integrationUser = null;

    expect(layersOf(ir, "subject", "readOnlyFor")).toEqual(["connector", "runtimeResolver"]);
  });
});

describe("buildEnforcementPlan with Marketo", () => {
  it("assigns a Marketo-owned field to Block Field Updates", () => {
    const ir = irWith(buildTestField({ systemOfRecord: "map" }), "marketo");

    expect(selectMarketoBlockSetting(ir, ir.fields.subject!)?.blocksSalesforceSync).toBe(true);
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["connector", "salesforceMetadata", "runtimeResolver"]);
  });

  it("blocks the Salesforce sync of a field read-only for Salesforce", () => {
    const ir = irWith(buildTestField({ systemOfRecord: "enrichment", rule: { readOnlyFor: ["crm"] } }), "marketo");

    expect(selectMarketoBlockSetting(ir, ir.fields.subject!)?.blocksSalesforceSync).toBe(true);
    expect(layersOf(ir, "subject", "readOnlyFor")).toEqual(["connector", "salesforceMetadata", "runtimeResolver"]);
  });

  it("keeps the connector out of a Salesforce-owned field", () => {
    const ir = irWith(buildTestField(), "marketo");

    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });

  it("blocks every source for a lock after first write", () => {
    const ir = irWith(
      buildTestField({ rule: { ownerWins: { fillBlanks: true }, lockAfterFirstWrite: { correctableBy: [] } } }),
      "marketo",
    );

    expect(selectMarketoBlockSetting(ir, ir.fields.subject!)).toMatchObject({
      blocksSalesforceSync: true,
      blocksMarketoSources: true,
    });
    expect(layersOf(ir, "subject", "lockAfterFirstWrite")).toEqual([
      "connector",
      "salesforceMetadata",
      "runtimeResolver",
    ]);
  });

  it("never blocks a consent field", () => {
    const consent = buildTestField({
      systemOfRecord: "map",
      type: { kind: "boolean" },
      rule: {
        ownerWins: { fillBlanks: false },
        optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
      },
    });
    const ir = irWith(consent, "marketo");

    expect(selectMarketoBlockSetting(ir, consent)?.blocksSalesforceSync).toBe(false);
    expect(layersOf(ir, "subject", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });

  it("blocks a shared Marketo property only when every field asks", () => {
    const owned = buildTestField({ systemOfRecord: "map" });
    const shared = buildTestField({ object: "contact" });
    const ir = buildTestIr({ mapKind: "marketo", fields: { owned, shared } });

    expect(selectMarketoBlockSetting(ir, owned)?.blocksSalesforceSync).toBe(false);
    expect(layersOf(ir, "owned", "ownerWins")).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });
});

describe("buildEnforcementPlan notes", () => {
  it("writes a note for every entry", () => {
    const ir = irWith(buildTestField({ rule: { ownerWins: { fillBlanks: false }, readOnlyFor: ["map"] } }));

    for (const entry of buildEnforcementPlan(ir).entries) {
      expect(entry.note, `${entry.field}.${entry.part}`).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("names the blank case Marketo leaves open", () => {
    const ir = irWith(buildTestField({ systemOfRecord: "map" }), "marketo");

    const entry = buildEnforcementPlan(ir).entries.find((candidate) => candidate.part === "ownerWins");

    expect(entry?.note).toContain("but not from filling a blank one");
  });

  it("describes the opt-in rule of a consent checkbox", () => {
    const consent = buildTestField({
      systemOfRecord: "map",
      type: { kind: "boolean" },
      rule: {
        ownerWins: { fillBlanks: false },
        optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
      },
    });

    const entry = buildEnforcementPlan(irWith(consent)).entries.find((candidate) => candidate.part === "ownerWins");

    expect(entry?.note).toContain("opt a person back in");
  });

  it("names the HubSpot rule in a connector note", () => {
    const ir = irWith(buildTestField());

    const entry = buildEnforcementPlan(ir).entries.find((candidate) => candidate.part === "ownerWins");

    expect(entry?.note).toContain('"Always use Salesforce"');
  });
});

describe("checkEnforcementPlan", () => {
  it("accepts a built plan", () => {
    const ir = irWith(buildTestField({ rule: { ownerWins: { fillBlanks: false }, readOnlyFor: ["map"] } }));

    expect(checkEnforcementPlan(ir, buildEnforcementPlan(ir))).toEqual([]);
  });

  it("reports a rule part missing from the plan", () => {
    const ir = irWith(buildTestField({ rule: { ownerWins: { fillBlanks: false }, readOnlyFor: ["map"] } }));
    const plan = buildEnforcementPlan(ir);
    plan.entries = plan.entries.filter((entry) => entry.part !== "readOnlyFor");

    const diagnostics = checkEnforcementPlan(ir, plan);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.code).toBe(UNENFORCED_RULE_PART_CODE);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.path).toBe("/fields/subject/rule/readOnlyFor");
  });

  it("reports an entry with no layers", () => {
    const ir = irWith(buildTestField());
    const plan = buildEnforcementPlan(ir);
    plan.entries[0]!.layers = [];

    expect(checkEnforcementPlan(ir, plan).map((diagnostic) => diagnostic.code)).toEqual([UNENFORCED_RULE_PART_CODE]);
  });
});
