import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderCanonicalJson, type PolicyIR } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { checkSchema, compilePolicy, loadPolicy, normalizePolicy } from "../../src/index";
import { createPolicyFolder, loadFromText, renderSmallPolicyLiteral } from "../policy-folder";

const REPOSITORY = path.resolve(import.meta.dirname, "../../../..");
const SOURCE = { file: "main.policy.ts", sha256: "0".repeat(64) };

/** Normalizes a policy literal (its text) and returns the candidate IR. */
function normalizeText(literal: string): Record<string, unknown> {
  const loaded = loadFromText(`export default ${literal};`);
  return normalizePolicy(loaded.spec, SOURCE) as Record<string, unknown>;
}

function findUndefinedPaths(value: unknown, pointer = ""): string[] {
  if (value === undefined) {
    return [pointer];
  }
  if (value === null || typeof value !== "object") {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) => findUndefinedPaths(child, `${pointer}/${key}`));
}

describe("the default policy", () => {
  const compiled = compilePolicy("policies/lead.policy.ts", { cwd: REPOSITORY });

  it("compiles without errors", () => {
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });

  it("validates against the schema", () => {
    expect(checkSchema(compiled.ir, compiled.sourceMap).diagnostics).toEqual([]);
  });

  it("is canonical", () => {
    expect(JSON.stringify(compiled.ir, null, 2) + "\n").toBe(renderCanonicalJson(compiled.ir));
  });

  it("holds no undefined value", () => {
    expect(findUndefinedPaths(compiled.ir)).toEqual([]);
  });

  it("records the policy file relative to the working directory", () => {
    expect(compiled.ir?.source.file).toBe("policies/lead.policy.ts");
  });

  it("hashes the policy with the file it imports", () => {
    const folder = createPolicyFolder({
      "lead.policy.ts": readFileSync(path.join(REPOSITORY, "policies/lead.policy.ts"), "utf8"),
      "lead.values.ts": readFileSync(path.join(REPOSITORY, "policies/lead.values.ts"), "utf8"),
    });
    const before = compilePolicy("lead.policy.ts", { cwd: folder }).ir?.source.sha256;
    appendFileSync(path.join(folder, "lead.values.ts"), "// an edit\n");
    const after = compilePolicy("lead.policy.ts", { cwd: folder }).ir?.source.sha256;

    expect(before).toBe(compiled.ir?.source.sha256);
    expect(after).not.toBe(before);
  });

  it("lists the policy file and the file it imports as sources", () => {
    expect([...compiled.sources.keys()]).toEqual(["policies/lead.policy.ts", "policies/lead.values.ts"]);
  });

  it("fills the tier defaults of a tier 3 field", () => {
    const jobTitle = (compiled.ir as PolicyIR).fields["jobTitle"];

    expect(jobTitle?.syncIntervalMinutes).toBe(1440);
    expect(jobTitle?.lockDirection).toBe("twoWay");
    expect(jobTitle?.audit).toEqual({ retentionDays: 30, trackHistory: false });
  });

  it("gives a queue without workingDays Monday to Friday", () => {
    const calendar = (compiled.ir as PolicyIR).queues["dataQuality"]?.calendar;

    expect(calendar?.workingDays).toEqual(["mon", "tue", "wed", "thu", "fri"]);
  });

  it("keeps the source map of the loader", () => {
    const loaded = loadPolicy("policies/lead.policy.ts", { cwd: REPOSITORY });

    expect(compiled.sourceMap.values.get("/fields/leadStatus/tier")).toEqual(loaded.sourceMap.values.get("/fields/leadStatus/tier"));
  });
});

describe("normalizePolicy", () => {
  const ir = normalizeText(renderSmallPolicyLiteral({
    extraFields: `
    leadStatus: {
      object: "lead",
      label: "Lead Status",
      tier: 1,
      systemOfRecord: "crm",
      bindings: { crm: "Status", map: { property: "hs_lead_status" } },
      type: { kind: "picklist", values: ["New", "Working"], valueMaps: { map: { values: { NEW: "New", OPEN: "Working" } } } },
      rule: { ownerWins: {}, recentActivityLock: { windowDays: 14 }, optOutWins: {}, lockAfterFirstWrite: {}, noRegression: { order: ["New", "Working"] }, lastWriteWins: { tieBreak: ["crm"] }, fillBlankOrStale: { source: "map", maxAge: { days: 1, changeTime: "field" } } },
    },
    title: { object: "lead", label: "Title", tier: 3, systemOfRecord: "crm", bindings: { crm: "Title" }, type: { kind: "text" }, rule: { ownerWins: { fillBlanks: true } } },`,
  }));
  const fields = ir["fields"] as Record<string, Record<string, unknown>>;
  const leadStatus = fields["leadStatus"] as Record<string, Record<string, unknown>>;

  it("sets the IR version", () => {
    expect(ir["irVersion"]).toBe(1);
  });

  it("fills policy-level defaults", () => {
    expect([ir["description"], ir["queues"], ir["blanks"], ir["merges"]]).toEqual(["", {}, [], { governed: false }]);
  });

  it("gives a system without an integration user null", () => {
    expect((ir["systems"] as Record<string, Record<string, unknown>>)["crm"]?.["integrationUser"]).toBeNull();
  });

  it("turns a string binding into an object", () => {
    expect(leadStatus["bindings"]?.["crm"]).toEqual({ property: "Status", create: false });
  });

  it("fills create in an object binding", () => {
    expect(leadStatus["bindings"]?.["map"]).toEqual({ property: "hs_lead_status", create: false });
  });

  it("fills the optional parts of a value map", () => {
    expect(leadStatus["type"]?.["valueMaps"]).toEqual({ map: { values: { NEW: "New", OPEN: "Working" }, inboundOnly: {}, addToPicklist: [] } });
  });

  it("fills the options of every rule part", () => {
    expect(leadStatus["rule"]).toEqual({
      ownerWins: { fillBlanks: false },
      recentActivityLock: { windowDays: 14, systems: ["map"] },
      optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
      lockAfterFirstWrite: { correctableBy: [] },
      noRegression: { order: ["New", "Working"], demotions: [] },
      lastWriteWins: { tieBreak: ["crm"], skewToleranceSeconds: 2 },
      fillBlankOrStale: { source: "map", maxAge: { days: 1, changeTime: "field" }, verifiedLockDays: 0, categories: {} },
    });
  });

  it("keeps an authored rule option", () => {
    expect(fields["title"]?.["rule"]).toEqual({ ownerWins: { fillBlanks: true } });
  });

  it("fills the field defaults of tier 1", () => {
    const { object: _object, label: _label, tier: _tier, systemOfRecord: _sor, bindings: _b, type: _t, rule: _r, ...defaults } = leadStatus;

    expect(defaults).toEqual({
      description: "",
      category: "other",
      review: [],
      syncIntervalMinutes: 60,
      lockDirection: "fromSystemOfRecord",
      audit: { retentionDays: 90, trackHistory: true },
      merge: null,
      blanks: [],
      waive: [],
    });
  });

  it("fills null for a text field without maxLength", () => {
    expect(fields["title"]?.["type"]).toEqual({ kind: "text", maxLength: null });
  });

  it("fills null for a number field without scale", () => {
    expect(fields["leadScore"]?.["type"]).toEqual({ kind: "number", scale: null });
  });

  it("sorts keys", () => {
    expect(Object.keys(leadStatus)).toEqual([...Object.keys(leadStatus)].sort());
  });

  it("produces a schema-valid IR", () => {
    expect(checkSchema(ir, { values: new Map(), keys: new Map() }).diagnostics).toEqual([]);
  });

  it("labels a queue with its key by default", () => {
    const withQueue = normalizeText(`{ queues: { revops: { owner: "Dana", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC" } } } }`);

    expect(withQueue["queues"]).toEqual({
      revops: { label: "revops", owner: "Dana", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC", workingDays: ["mon", "tue", "wed", "thu", "fri"], holidays: [] } },
    });
  });

  it("leaves a value of the wrong type as written", () => {
    const wrong = normalizeText(`{ fields: { a: { tier: 1, bindings: "crm", rule: [] } } }`);
    const field = (wrong["fields"] as Record<string, Record<string, unknown>>)["a"];

    expect([field?.["bindings"], field?.["rule"]]).toEqual(["crm", []]);
  });
});
