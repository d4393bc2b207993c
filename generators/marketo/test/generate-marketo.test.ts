import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildEnforcementPlan, type PolicyIR } from "@fieldpolicy/core";
import {
  MARKETO_CHECKLIST_JSON_FILE,
  MARKETO_DIAGNOSTIC_CODES,
  generateMarketo,
  type MarketoChecklist,
} from "../src/index";
import { compileExample, deepFreeze, formatGenerated, readGolden, REPOSITORY_ROOT } from "../../../test/support/compile-example";

function readChecklist(ir: PolicyIR): MarketoChecklist {
  const file = generateMarketo(ir).files.find((candidate) => candidate.path === MARKETO_CHECKLIST_JSON_FILE);
  if (file === undefined) {
    throw new Error(`${MARKETO_CHECKLIST_JSON_FILE} was not generated`);
  }
  return JSON.parse(file.contents) as MarketoChecklist;
}

function blockedSources(checklist: MarketoChecklist, marketoField: string): string[] {
  const block = checklist.blocks.find((candidate) => candidate.marketoField === marketoField);
  return block?.sources.filter((entry) => entry.block).map((entry) => entry.source) ?? [];
}

describe("generateMarketo on the Marketo example", () => {
  const ir = compileExample("marketo");

  it("emits JSON valid against its schema", async () => {
    const schemaText = await readFile(path.join(REPOSITORY_ROOT, "schemas/marketo-checklist.schema.json"), "utf8");
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(schemaText));

    const valid = validate(readChecklist(ir));

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("lists one block row per Marketo field", () => {
    const checklist = readChecklist(ir);

    expect(checklist.blocks.map((block) => block.marketoField)).toEqual([
      "department",
      "leadScore",
      "leadSource",
      "leadStatus",
      "title",
      "unsubscribed",
    ]);
    expect(checklist.blocks.find((block) => block.marketoField === "unsubscribed")?.policyFields).toEqual([
      "contactConsent",
      "leadConsent",
    ]);
  });

  it("blocks the Salesforce sync for a Marketo-owned field", () => {
    expect(blockedSources(readChecklist(ir), "leadScore")).toEqual(["salesforceSync"]);
  });

  it("blocks every source for a lock after first write", () => {
    const locked = compileExample("marketo");
    locked.fields.leadSource!.rule = { lockAfterFirstWrite: { correctableBy: [] } };

    expect(blockedSources(readChecklist(locked), "leadSource")).toHaveLength(5);
  });

  it("allows the sources of the correcting system", () => {
    const locked = compileExample("marketo");
    locked.fields.leadSource!.rule = { lockAfterFirstWrite: { correctableBy: ["crm"] } };

    expect(blockedSources(readChecklist(locked), "leadSource")).not.toContain("salesforceSync");
    expect(blockedSources(readChecklist(locked), "leadSource")).toHaveLength(4);
  });

  it("blocks nothing for consent or Salesforce-owned fields", () => {
    const checklist = readChecklist(ir);

    expect(blockedSources(checklist, "unsubscribed")).toEqual([]);
    expect(blockedSources(checklist, "leadStatus")).toEqual([]);
  });

  it("agrees with the enforcement plan on every block", () => {
    const checklist = readChecklist(ir);
    const plan = buildEnforcementPlan(ir);

    for (const block of checklist.blocks) {
      const blocks = block.sources.some((entry) => entry.block);
      const planned = plan.entries.some(
        (entry) => block.policyFields.includes(entry.field) && entry.layers.includes("connector"),
      );
      expect(planned, block.marketoField).toBe(blocks);
    }
  });

  it("finds the collisions that contradict the policy", () => {
    const conflicts = readChecklist(ir).collisions.map((conflict) => `${conflict.field}.${conflict.part}`);

    expect(conflicts).toContain("leadStatus.ownerWins");
    expect(conflicts).toContain("leadTitle.lastWriteWins");
    expect(conflicts).toContain("contactConsent.ownerWins");
    expect(conflicts).toContain("leadConsent.optOutWins");
    expect(conflicts).not.toContain("leadScore.ownerWins");
    expect(conflicts).not.toContain("contactDepartment.sourcePriority");
  });

  it("names the layers enforcing each collision", () => {
    const status = readChecklist(ir).collisions.find(
      (conflict) => conflict.field === "leadStatus" && conflict.part === "protectedValues",
    );

    expect(status?.collisionWinner).toBe("map");
    expect(status?.layers).toEqual(["salesforceMetadata", "runtimeResolver"]);
  });

  it("builds identical bytes twice", () => {
    expect(generateMarketo(compileExample("marketo")).files).toEqual(generateMarketo(ir).files);
  });

  it("does not mutate the IR", () => {
    const frozen = deepFreeze(compileExample("marketo"));

    expect(() => generateMarketo(frozen)).not.toThrow();
  });

  it("matches the golden files", async () => {
    const result = generateMarketo(ir);

    expect(result.files.map((file) => file.path).sort()).toEqual(["marketo-checklist.json", "marketo-checklist.md"]);
    for (const file of result.files) {
      expect(await formatGenerated(file), file.path).toBe(await readGolden("marketo", "marketo", file));
    }
  });
});

describe("generateMarketo on other policies", () => {
  it("emits nothing for a HubSpot policy", () => {
    const result = generateMarketo(compileExample("lead"));

    expect(result.files).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it("warns about a blocked Contact field", () => {
    const ir = compileExample("marketo");
    ir.fields.leadScore!.object = "contact";

    const codes = generateMarketo(ir).diagnostics.map((diagnostic) => diagnostic.code);

    expect(codes).toEqual([MARKETO_DIAGNOSTIC_CODES.blockedContactField]);
  });

  it("warns when fields sharing a Marketo field disagree", () => {
    const ir = compileExample("marketo");
    ir.fields.contactDepartment!.systemOfRecord = "map";
    ir.fields.contactDepartment!.rule = { ownerWins: { fillBlanks: false } };
    ir.fields.leadTitle!.bindings.map!.property = "department";

    const result = generateMarketo(ir);
    const department = readChecklist(ir).blocks.find((block) => block.marketoField === "department");

    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      MARKETO_DIAGNOSTIC_CODES.sharedFieldConflict,
    ]);
    expect(department?.sources.every((entry) => !entry.block)).toBe(true);
  });
});
