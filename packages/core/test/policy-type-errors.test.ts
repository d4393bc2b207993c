// Compiles small policies with the TypeScript compiler that the fieldpolicy loader uses and pins
// the error each authoring mistake produces, at the line of the mistake.
import { fileURLToPath } from "node:url";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

// Virtual files under policies/ resolve `@fieldpolicy/core` through the root node_modules, as a
// team's own policy files do. They are never written to disk.
const VIRTUAL_FOLDER = `${REPOSITORY_ROOT}policies/__type-error-cases__`;

function createProject(): Project {
  return new Project({ tsConfigFilePath: `${REPOSITORY_ROOT}tsconfig.json`, skipAddingFilesFromTsConfig: true });
}

interface TypeError {
  code: number;
  line: number;
}

function compileErrors(source: string): TypeError[] {
  const project = createProject();
  const file = project.createSourceFile(`${VIRTUAL_FOLDER}/case.policy.ts`, source, { overwrite: true });
  return file.getPreEmitDiagnostics().map((diagnostic) => ({
    code: diagnostic.getCode(),
    line: diagnostic.getLineNumber() ?? 0,
  }));
}

function buildPolicy(field: string): string {
  return [
    'import { definePolicy } from "@fieldpolicy/core";',
    "export default definePolicy({",
    '  name: "case",',
    '  label: "Case",',
    '  systems: { crm: { kind: "salesforce", label: "Salesforce" }, map: { kind: "hubspot", label: "HubSpot" } },',
    '  objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } },',
    '  queues: { revops: { owner: "Dana", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC" } } },',
    "  fields: {",
    field,
    "  },",
    "});",
  ].join("\n");
}

// Lines 1 to 8 are the policy header above, so a field's first line is line 9.
const CASES = [
  {
    mistake: "a system of record that is not a declared system",
    field: `    owner: {
      object: "lead", label: "Owner", tier: 1,
      systemOfRecord: "marketo",
      bindings: { crm: "OwnerId" }, type: { kind: "userReference" }, rule: { ownerWins: {} },
    },`,
    expected: { code: 2322, line: 11 },
  },
  {
    mistake: "a rule parameter of the wrong type",
    field: `    status: {
      object: "lead", label: "Status", tier: 1, systemOfRecord: "crm",
      bindings: { crm: "Status" }, type: { kind: "text" },
      rule: {
        recentActivityLock: { windowDays: "14" },
      },
    },`,
    expected: { code: 2322, line: 13 },
  },
  {
    mistake: "a picklist literal outside the declared values",
    field: `    status: {
      object: "lead", label: "Status", tier: 1, systemOfRecord: "crm",
      bindings: { crm: "Status", map: "hs_lead_status" },
      type: { kind: "picklist", values: ["New", "Contacted", "Engaged"] },
      rule: {
        ownerWins: {},
        limitedValues: { map: ["Contacted", "Enaged"] },
      },
    },`,
    // TypeScript suggests the nearest declared value (TS2820, "Did you mean …?").
    expected: { code: 2820, line: 15 },
  },
  {
    mistake: "a review trigger naming an undeclared queue",
    field: `    owner: {
      object: "lead", label: "Owner", tier: 1, systemOfRecord: "crm",
      bindings: { crm: "OwnerId" }, type: { kind: "userReference" }, rule: { ownerWins: {} },
      review: [{ when: "override", queue: "revopz" }],
    },`,
    expected: { code: 2322, line: 12 },
  },
];

describe("authoring mistakes", () => {
  it.each(CASES)("$mistake fails to type-check at its line", ({ field, expected }) => {
    const errors = compileErrors(buildPolicy(field));

    expect(errors).toEqual([expected]);
  });

  it("a correct policy type-checks", () => {
    const errors = compileErrors(
      buildPolicy(`    owner: {
      object: "lead", label: "Owner", tier: 1, systemOfRecord: "crm",
      bindings: { crm: "OwnerId" }, type: { kind: "userReference" }, rule: { ownerWins: {} },
    },`),
    );

    expect(errors).toEqual([]);
  });
});

describe("example policies", () => {
  it.each(["policies/lead.policy.ts", "test/fixtures/examples/marketo.policy.ts"])("%s type-checks", (path) => {
    const project = createProject();
    const file = project.addSourceFileAtPath(`${REPOSITORY_ROOT}${path}`);

    const messages = file
      .getPreEmitDiagnostics()
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, "\n"));

    expect(messages).toEqual([]);
  });
});
