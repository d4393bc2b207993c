import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { HUBSPOT_SYNC_RULES, findBoundSystemOfKind, type PolicyIR } from "@fieldpolicy/core";
import { HUBSPOT_DIAGNOSTIC_CODES, MAPPING_SPEC_FILE, generateHubSpot, type HubSpotMappingSpec } from "../src/index";
import { compileExample, deepFreeze, formatGenerated, readGolden, REPOSITORY_ROOT } from "../../../test/support/compile-example";

function readSpec(ir: PolicyIR): HubSpotMappingSpec {
  const file = generateHubSpot(ir).files.find((candidate) => candidate.path === MAPPING_SPEC_FILE);
  if (file === undefined) {
    throw new Error(`${MAPPING_SPEC_FILE} was not generated`);
  }
  return JSON.parse(file.contents) as HubSpotMappingSpec;
}

async function loadSchemaValidator() {
  const schemaText = await readFile(path.join(REPOSITORY_ROOT, "schemas/hubspot-mapping.schema.json"), "utf8");
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(schemaText));
}

describe("generateHubSpot on the default policy", () => {
  const ir = compileExample("lead");

  it("emits a spec valid against its schema", async () => {
    const validate = await loadSchemaValidator();

    const valid = validate(readSpec(ir));

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("maps every synced field once with a HubSpot rule", () => {
    const spec = readSpec(ir);
    const synced = Object.entries(ir.fields)
      .filter(([, field]) => findBoundSystemOfKind(ir, field, "hubspot") !== null)
      .filter(([, field]) => findBoundSystemOfKind(ir, field, "salesforce") !== null)
      .map(([key]) => key)
      .sort();

    expect(spec.mappings.map((mapping) => mapping.field).sort()).toEqual(synced);
    for (const mapping of spec.mappings) {
      expect(HUBSPOT_SYNC_RULES, mapping.field).toContain(mapping.syncRule);
    }
  });

  it("sets the rules the policy implies", () => {
    const rules = Object.fromEntries(readSpec(ir).mappings.map((mapping) => [mapping.field, mapping.syncRule]));

    expect(rules.leadOwner).toBe("Two-way");
    expect(rules.lifecycleStage).toBe("Always use Salesforce");
    expect(rules.leadStatus).toBe("Two-way");
    expect(rules.consent).toBe("Two-way");
    expect(rules.emailEngagementScore).toBe("Two-way");
    expect(rules.opportunityStage).toBe("Always use Salesforce");
  });

  it("marks the fixed owner and opt-out mappings", () => {
    const mappings = readSpec(ir).mappings;
    const owner = mappings.find((mapping) => mapping.field === "leadOwner");
    const consent = mappings.find((mapping) => mapping.field === "consent");

    expect(owner?.editable).toBe(false);
    expect(owner?.platformBehavior).toContain("active Salesforce user by name and email address");
    expect(consent?.editable).toBe(false);
    expect(consent?.platformBehavior).toContain("does not opt the contact back in");
  });

  it("names the layers of a HubSpot-owned field", () => {
    const score = readSpec(ir).mappings.find((mapping) => mapping.field === "emailEngagementScore");
    const ownerWins = score?.ruleParts.find((part) => part.part === "ownerWins");

    expect(ownerWins?.layers).toEqual(["salesforceMetadata", "runtimeResolver"]);
    expect(ownerWins?.coveredBySyncRule).toBe(false);
    expect(score?.reason).toContain("only HubSpot's integration user");
  });

  it("lists a step for each property the policy creates", () => {
    const checklist = generateHubSpot(ir).files.find((file) => file.path.endsWith(".md"))?.contents ?? "";

    expect(checklist).toContain("internal name `email_engagement_score`, field type Number");
  });

  it("builds identical bytes twice", () => {
    const first = generateHubSpot(ir);
    const second = generateHubSpot(compileExample("lead"));

    expect(second.files).toEqual(first.files);
  });

  it("does not mutate the IR", () => {
    const frozen = deepFreeze(compileExample("lead"));

    expect(() => generateHubSpot(frozen)).not.toThrow();
  });

  it("matches the golden files", async () => {
    const result = generateHubSpot(ir);

    expect(result.files.map((file) => file.path).sort()).toEqual(["admin-checklist.md", "mapping-spec.json"]);
    for (const file of result.files) {
      expect(await formatGenerated(file), file.path).toBe(await readGolden("lead", "hubspot", file));
    }
  });
});

describe("generateHubSpot on other policies", () => {
  it("emits nothing for a Marketo policy", () => {
    const result = generateHubSpot(compileExample("marketo"));

    expect(result.files).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it("warns about a custom HubSpot user property", () => {
    const ir = structuredClone(compileExample("lead"));
    ir.fields.leadOwner!.bindings.map!.property = "reviewer";

    const result = generateHubSpot(ir);
    const owner = readSpec(ir).mappings.find((mapping) => mapping.field === "leadOwner");

    expect(owner?.syncRule).toBe("Don't sync");
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      HUBSPOT_DIAGNOSTIC_CODES.unmappableUserProperty,
    ]);
    expect(result.diagnostics[0]?.severity).toBe("warning");
  });

  it("lists a field bound in Salesforce only as unmapped", () => {
    const ir = structuredClone(compileExample("lead"));
    delete ir.fields.company!.bindings.map;

    const spec = readSpec(ir);

    expect(spec.mappings.some((mapping) => mapping.field === "company")).toBe(false);
    expect(spec.unmapped.map((entry) => entry.field)).toEqual(["company"]);
  });
});
