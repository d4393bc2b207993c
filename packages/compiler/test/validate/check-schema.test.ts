import type { Diagnostic } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { compilePolicy, resolveLocation } from "../../src/index";
import { createPolicyFolder } from "../policy-folder";

/**
 * Compiles a policy whose `leadScore` field gets the given extra or replaced properties (text of
 * object members) and returns the schema diagnostics.
 */
function compileWithField(fieldMembers: string, policyMembers = ""): Diagnostic[] {
  const text = [
    `export default {`,
    `  name: "demo",`,
    `  label: "Demo",`,
    `  systems: { crm: { kind: "salesforce", label: "Salesforce" }, map: { kind: "hubspot", label: "HubSpot" } },`,
    `  objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } },`,
    `  fields: {`,
    `    leadScore: {`,
    `      object: "lead",`,
    `      tier: 2,`,
    `      systemOfRecord: "map",`,
    `      bindings: { crm: "Score__c", map: "score" },`,
    `      rule: { ownerWins: {} },`,
    `      ${fieldMembers}`,
    `    },`,
    `  },`,
    `  ${policyMembers}`,
    `};`,
  ].join("\n");
  const folder = createPolicyFolder({ "main.policy.ts": text });
  return compilePolicy("main.policy.ts", { cwd: folder }).diagnostics.filter((diagnostic) => diagnostic.code.startsWith("FP2"));
}

const VALID_MEMBERS = `label: "Lead Score", type: { kind: "number" },`;

describe("schema diagnostics", () => {
  it("accepts a valid field", () => {
    expect(compileWithField(VALID_MEMBERS)).toEqual([]);
  });

  it("points an unknown property at its key", () => {
    const [diagnostic] = compileWithField(`${VALID_MEMBERS} colour: "red",`);

    expect([diagnostic?.code, diagnostic?.line, diagnostic?.column, diagnostic?.endColumn]).toEqual(["FP2001", 13, 54, 60]);
  });

  it("names the unknown property and the allowed ones", () => {
    const [diagnostic] = compileWithField(`${VALID_MEMBERS} colour: "red",`);

    expect(diagnostic?.message).toBe('Unknown property "colour" in /fields/leadScore.');
    expect(diagnostic?.hint).toContain("Allowed properties: audit, bindings, blanks, category");
  });

  it("points a missing property at the object that lacks it", () => {
    const [diagnostic] = compileWithField(`type: { kind: "number" },`);

    expect([diagnostic?.code, diagnostic?.line, diagnostic?.column]).toEqual(["FP2002", 7, 16]);
    expect(diagnostic?.message).toBe('Missing required property "label" in /fields/leadScore.');
  });

  it("names a value outside an enum and the allowed values", () => {
    const diagnostics = compileWithField(`${VALID_MEMBERS} category: "money",`);

    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['"money" is not allowed at /fields/leadScore/category.']);
    expect(diagnostics[0]?.hint).toBe('Allowed values: "ownership", "lifecycle", "status", "consent", "attribution", "scoring", "profile", "other".');
  });

  it("names the expected type", () => {
    const [diagnostic] = compileWithField(`label: 5, type: { kind: "number" },`);

    expect(diagnostic?.message).toBe("/fields/leadScore/label must be a string, but it is 5.");
  });

  it("reports an unknown value type kind once, at the kind", () => {
    const diagnostics = compileWithField(`label: "Lead Score", type: { kind: "decimal" },`);

    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.path} ${diagnostic.line}:${diagnostic.column}`)).toEqual([
      "FP2003 /fields/leadScore/type/kind 13:42",
    ]);
    expect(diagnostics[0]?.hint).toContain('"text", "picklist", "multiPicklist"');
  });

  it("reports only the branch of the value type the kind selects", () => {
    const diagnostics = compileWithField(`label: "Lead Score", type: { kind: "text", maxLength: 0 },`);

    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)).toEqual([
      "FP2006 /fields/leadScore/type/maxLength must be at least 1, but it is 0.",
    ]);
  });

  it("points an invalid name at the key", () => {
    const diagnostics = compileWithField(VALID_MEMBERS, `queues: { RevOps: { owner: "Dana", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC" } } },`);

    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.line}:${diagnostic.column}`)).toEqual(["FP2005 16:13"]);
    expect(diagnostics[0]?.message).toContain('The name "RevOps"');
  });

  it("points a repeated item at the repetition", () => {
    const diagnostics = compileWithField(`${VALID_MEMBERS} blanks: ["n/a", "n/a"],`);

    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.path} ${diagnostic.column}`)).toEqual([
      "FP2007 /fields/leadScore/blanks/1 70",
    ]);
  });

  it("lists the merge rules and null for an unknown merge rule", () => {
    const diagnostics = compileWithField(`${VALID_MEMBERS} merge: "first",`);

    expect(diagnostics.map((diagnostic) => diagnostic.hint)).toEqual([
      'Allowed values: "primary", "mostRestrictive", "earliest", "latest", "union", null.',
    ]);
  });

  it("reports every schema error, not only the first", () => {
    const diagnostics = compileWithField(`label: "", type: { kind: "number" }, tier: 7,`);

    expect(diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(["FP2003", "FP2008"]);
  });
});

describe("resolveLocation", () => {
  const location = (line: number) => ({ file: "a.policy.ts", line, column: 1, endLine: line, endColumn: 2 });
  const sourceMap = {
    values: new Map([["", location(1)], ["/fields", location(2)], ["/fields/a", location(3)]]),
    keys: new Map([["/fields/a", location(4)]]),
  };

  it("maps a defaulted value to its nearest authored ancestor", () => {
    expect(resolveLocation(sourceMap, "/fields/a/audit/retentionDays")?.line).toBe(3);
  });

  it("prefers the key when asked", () => {
    expect(resolveLocation(sourceMap, "/fields/a", { preferKey: true })?.line).toBe(4);
  });

  it("falls back to the value when the key is unknown", () => {
    expect(resolveLocation(sourceMap, "/fields", { preferKey: true })?.line).toBe(2);
  });
});
