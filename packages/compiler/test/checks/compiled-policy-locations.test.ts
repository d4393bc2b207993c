import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Catalog, Diagnostic } from "@fieldpolicy/core";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/index";
import { loadRealCatalog } from "./load-default-policy";

/** Builds the source of a small policy with one field; `field` is the text of its object literal. */
function buildPolicySource(field: string): string {
  return `import { definePolicy } from "@fieldpolicy/core";

export default definePolicy({
  name: "located",
  label: "Located diagnostics",
  systems: {
    crm: { kind: "salesforce", label: "Salesforce" },
    map: { kind: "hubspot", label: "HubSpot" },
  },
  objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } },
  queues: {
    revops: { owner: "Dana Reyes", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC" } },
  },
  fields: {
    status: ${field},
  },
});
`;
}

/** Builds the literal of a tier-1 status field, pasting in `rule` and `extra`. */
function buildStatusField(options: { rule: string; extra?: string; mapProperty?: string }): string {
  return `{
      object: "lead",
      label: "Lead Status",
      tier: 1,
      category: "status",
      systemOfRecord: "crm",
      bindings: { crm: "Status", map: "${options.mapProperty ?? "hs_lead_status"}" },
      type: {
        kind: "picklist",
        values: ["New", "Working", "Qualified"],
        valueMaps: {
          crm: { values: { "Open - Not Contacted": "New", "Working - Contacted": "Working", "Closed - Converted": "Qualified" } },
          map: { values: { NEW: "New", IN_PROGRESS: "Working", OPEN_DEAL: "Qualified" } },
        },
      },
      rule: ${options.rule},
      review: [{ when: "override", queue: "revops" }],
      merge: "primary",${options.extra ?? ""}
    }`;
}

/** Writes a policy into a new temporary folder and compiles it from there. */
function compileSource(source: string, catalog: Catalog | null = null): { diagnostics: Diagnostic[]; source: string } {
  const dir = mkdtempSync(join(tmpdir(), "fieldpolicy-located-"));
  writeFileSync(join(dir, "located.policy.ts"), source);
  return { diagnostics: compilePolicy("located.policy.ts", { cwd: dir, catalog }).diagnostics, source };
}

/** Returns the 1-based line and column where `text` first occurs in `source`. */
function locate(source: string, text: string): [number, number] {
  const offset = source.indexOf(text);
  if (offset === -1) {
    throw new Error(`The policy source does not contain ${text}.`);
  }
  const before = source.slice(0, offset).split("\n");
  return [before.length, (before[before.length - 1]?.length ?? 0) + 1];
}

function findByCode(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === code);
  if (found === undefined) {
    throw new Error(`No ${code} among: ${diagnostics.map((diagnostic) => diagnostic.code).join(", ")}`);
  }
  return found;
}

describe("semantic diagnostics of compiled policies", () => {
  it("accepts the minimal located policy", () => {
    const { diagnostics } = compileSource(buildPolicySource(buildStatusField({ rule: "{ ownerWins: {} }" })));

    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });

  it("locates FP3101 at the lastWriteWins value", () => {
    const { diagnostics, source } = compileSource(
      buildPolicySource(buildStatusField({ rule: '{ ownerWins: {}, lastWriteWins: { tieBreak: ["crm", "map"] } }' })),
    );
    const diagnostic = findByCode(diagnostics, "FP3101");

    expect([diagnostic.line, diagnostic.column]).toEqual(locate(source, '{ tieBreak: ["crm", "map"] }'));
    expect(diagnostic.file).toBe("located.policy.ts");
  });

  it("locates FP3104 at the sync interval", () => {
    const { diagnostics, source } = compileSource(
      buildPolicySource(buildStatusField({ rule: "{ ownerWins: {} }", extra: "\n      syncIntervalMinutes: 120," })),
    );

    expect(locateOf(findByCode(diagnostics, "FP3104"))).toEqual(locate(source, "120"));
  });

  it("locates FP3201 at the incomplete order", () => {
    const { diagnostics, source } = compileSource(
      buildPolicySource(buildStatusField({ rule: '{ ownerWins: {}, noRegression: { order: ["New", "Working"] } }' })),
    );

    expect(locateOf(findByCode(diagnostics, "FP3201"))).toEqual(locate(source, '["New", "Working"]'));
  });

  it("locates FP3102 at an empty review list", () => {
    const field = buildStatusField({ rule: "{ ownerWins: {} }" }).replace(
      'review: [{ when: "override", queue: "revops" }],',
      "review: [],",
    );
    const { diagnostics, source } = compileSource(buildPolicySource(field));

    expect(locateOf(findByCode(diagnostics, "FP3102"))).toEqual(locate(source, "[],"));
  });

  it("drops FP3102 when the field waives it", () => {
    const field = buildStatusField({
      rule: "{ ownerWins: {} }",
      extra: '\n      waive: [{ code: "FP3102", reason: "Reviewed by the status owner weekly." }],',
    }).replace('review: [{ when: "override", queue: "revops" }],', "review: [],");
    const { diagnostics } = compileSource(buildPolicySource(field));

    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("FP3102");
  });
});

describe("catalog diagnostics of compiled policies", () => {
  let catalog: Catalog;

  beforeAll(() => {
    catalog = loadRealCatalog();
  });

  it("locates FP4101 at the misspelled property", () => {
    const { diagnostics, source } = compileSource(
      buildPolicySource(buildStatusField({ rule: "{ ownerWins: {} }", mapProperty: "hs_lead_statsu" })),
      catalog,
    );
    const diagnostic = findByCode(diagnostics, "FP4101");

    expect(locateOf(diagnostic)).toEqual(locate(source, '"hs_lead_statsu"'));
    expect(diagnostic.message).toContain("Did you mean `hs_lead_status`?");
  });
});

function locateOf(diagnostic: Diagnostic): [number | null, number | null] {
  return [diagnostic.line, diagnostic.column];
}
