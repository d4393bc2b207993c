// Properties every generated project must have, registered as one test each so a suite can run
// them against any policy: a factory IR or the example policies.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratorResult, PolicyIR } from "@fieldpolicy/core";
import { buildEnforcementPlan, toJsonPointer } from "@fieldpolicy/core";
import { isValidSalesforceName } from "../src/salesforce-names";
import type { ParsedXml, SourceLibraryReading } from "./project-helpers";
import {
  listFormulaFields,
  listPermissionReferences,
  parseXml,
  readList,
  readText,
  readWithSourceLibrary,
  removeProject,
  writeProject,
} from "./project-helpers";

/** Fields no permission set may name: Salesforce requires them on every Lead, Contact or Opportunity. */
const ALWAYS_REQUIRED = ["Lead.LastName", "Lead.Company", "Lead.Status", "Contact.LastName", "Opportunity.StageName"];

interface ProjectUnderTest {
  ir: PolicyIR;
  result: GeneratorResult;
}

function filesUnder(project: ProjectUnderTest, pattern: RegExp): { path: string; xml: ParsedXml; match: RegExpExecArray }[] {
  return project.result.files.flatMap((file) => {
    const match = pattern.exec(file.path);
    return match === null ? [] : [{ path: file.path, xml: parseXml(file.contents), match }];
  });
}

function boundProperties(ir: PolicyIR): Set<string> {
  const bound = new Set<string>();
  for (const field of Object.values(ir.fields)) {
    for (const [system, binding] of Object.entries(field.bindings)) {
      const object = ir.objects[field.object]?.bindings[system];
      if (ir.systems[system]?.kind === "salesforce" && object !== undefined) {
        bound.add(`${object}.${binding.property}`);
      }
    }
  }
  return bound;
}

/** The formula functions the generator may use, all documented for validation rules. */
const FORMULA_FUNCTIONS = new Set(["AND", "CASE", "ISBLANK", "ISCHANGED", "ISPICKVAL", "NOT", "OR", "PRIORVALUE", "TEXT"]);

function countParenthesisDepth(formula: string): { final: number; lowest: number } {
  let depth = 0;
  let lowest = 0;
  for (const character of formula.replace(/"(?:\\.|[^"\\])*"/g, '""')) {
    if (character === "(") {
      depth += 1;
    } else if (character === ")") {
      depth -= 1;
      lowest = Math.min(lowest, depth);
    }
  }
  return { final: depth, lowest };
}

const VALIDATION_RULE_PATH = /objects\/([^/]+)\/validationRules\/([^/]+)\.validationRule-meta\.xml$/;
const PERMISSION_SET_PATH = /permissionsets\/([^/]+)\.permissionset-meta\.xml$/;
const CUSTOM_PERMISSION_PATH = /customPermissions\/([^/]+)\.customPermission-meta\.xml$/;

/** Registers the invariant tests for the project `build` returns. */
export function describeProjectInvariants(title: string, build: () => ProjectUnderTest): void {
  describe(title, () => {
    let project: ProjectUnderTest;
    let root: string;
    let reading: SourceLibraryReading;

    beforeAll(async () => {
      project = build();
      root = writeProject(project.result.files);
      reading = await readWithSourceLibrary(root);
    });

    afterAll(() => {
      removeProject(root);
    });

    it("parses every XML file", () => {
      for (const file of project.result.files.filter((candidate) => candidate.path.endsWith(".xml"))) {
        expect(() => parseXml(file.contents), file.path).not.toThrow();
      }
    });

    it("resolves every source file to a metadata component", () => {
      const sourceFiles = project.result.files.map((file) => file.path).filter((file) => file.startsWith("force-app/"));
      expect(reading.resolvedFiles).toEqual([...sourceFiles].sort());
    });

    it("converts to the Metadata API format", () => {
      expect(reading.convertedFiles.length).toBeGreaterThan(0);
    });

    it("parses every converted Metadata API file", () => {
      for (const [file, contents] of reading.convertedContents) {
        expect(() => parseXml(contents), file).not.toThrow();
      }
    });

    it("lists exactly the resolved components in package.xml", () => {
      const manifest = parseXml(project.result.files.find((file) => file.path === "manifest/package.xml")!.contents);
      const listed = readList(manifest["Package"], "types")
        .flatMap((types) => readList(types, "members").map((member) => `${readText(types, "name")}:${String(member)}`))
        .sort();
      expect(listed).toEqual(reading.components);
    });

    it("has a custom permission file for every $Permission", () => {
      const permissions = new Set(filesUnder(project, CUSTOM_PERMISSION_PATH).map(({ match }) => match[1]!));
      for (const { path, xml } of filesUnder(project, VALIDATION_RULE_PATH)) {
        const formula = readText(xml["ValidationRule"], "errorConditionFormula") ?? "";
        for (const name of listPermissionReferences(formula)) {
          expect(permissions.has(name), `${path} refers to $Permission.${name}`).toBe(true);
        }
      }
    });

    it("covers every part the plan gives to Salesforce", () => {
      const descriptions = filesUnder(project, VALIDATION_RULE_PATH).map(
        ({ xml }) => readText(xml["ValidationRule"], "description") ?? "",
      );
      const reportedPaths = new Set(project.result.diagnostics.map((diagnostic) => diagnostic.path));
      for (const entry of buildEnforcementPlan(project.ir).entries) {
        if (!entry.layers.includes("salesforceMetadata")) {
          continue;
        }
        const covered =
          descriptions.some((description) => description.startsWith(`Enforces ${entry.part} on field "${entry.field}"`)) ||
          reportedPaths.has(toJsonPointer(["fields", entry.field, "rule", entry.part]));
        expect(covered, `${entry.field} ${entry.part}`).toBe(true);
      }
    });

    it("calls only known formula functions", () => {
      for (const { path, xml } of filesUnder(project, VALIDATION_RULE_PATH)) {
        const formula = readText(xml["ValidationRule"], "errorConditionFormula") ?? "";
        const withoutStrings = formula.replace(/"(?:\\.|[^"\\])*"/g, '""');
        for (const match of withoutStrings.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
          expect(FORMULA_FUNCTIONS.has(match[1]!), `${path} calls ${match[1]}`).toBe(true);
        }
      }
    });

    it("balances parentheses in formulas", () => {
      for (const { path, xml } of filesUnder(project, VALIDATION_RULE_PATH)) {
        const depth = countParenthesisDepth(readText(xml["ValidationRule"], "errorConditionFormula") ?? "");
        expect(depth.final, path).toBe(0);
        expect(depth.lowest, path).toBe(0);
      }
    });

    it("refers only to bound fields in formulas", () => {
      const bound = boundProperties(project.ir);
      for (const { path, xml, match } of filesUnder(project, VALIDATION_RULE_PATH)) {
        const formula = readText(xml["ValidationRule"], "errorConditionFormula") ?? "";
        for (const field of listFormulaFields(formula)) {
          expect(bound.has(`${match[1]}.${field}`), `${path} refers to ${field}`).toBe(true);
        }
      }
    });

    it("grants field permissions only on bound fields", () => {
      const bound = boundProperties(project.ir);
      for (const { path, xml } of filesUnder(project, PERMISSION_SET_PATH)) {
        for (const row of readList(xml["PermissionSet"], "fieldPermissions")) {
          expect(bound.has(readText(row, "field") ?? ""), `${path} grants ${readText(row, "field")}`).toBe(true);
        }
      }
    });

    it("grants no field permission on a required field", () => {
      for (const { path, xml } of filesUnder(project, PERMISSION_SET_PATH)) {
        for (const row of readList(xml["PermissionSet"], "fieldPermissions")) {
          expect(ALWAYS_REQUIRED, path).not.toContain(readText(row, "field"));
        }
      }
    });

    it("gives every component a valid API name", () => {
      const names = [
        ...filesUnder(project, VALIDATION_RULE_PATH).map(({ match }) => match[2]!),
        ...filesUnder(project, PERMISSION_SET_PATH).map(({ match }) => match[1]!),
        ...filesUnder(project, CUSTOM_PERMISSION_PATH).map(({ match }) => match[1]!),
      ];
      for (const name of names) {
        expect(isValidSalesforceName(name), name).toBe(true);
      }
    });

    it("keeps validation rule names unique per object", () => {
      const names = filesUnder(project, VALIDATION_RULE_PATH).map(({ match }) => `${match[1]}.${match[2]!.toLowerCase()}`);
      expect(new Set(names).size).toBe(names.length);
    });

    it("keeps error messages under 255 characters", () => {
      for (const { path, xml } of filesUnder(project, VALIDATION_RULE_PATH)) {
        const message = readText(xml["ValidationRule"], "errorMessage") ?? "";
        expect(message.length, path).toBeLessThan(255);
      }
    });

    it("names the policy and the field in every error message", () => {
      for (const { path, xml } of filesUnder(project, VALIDATION_RULE_PATH)) {
        const rule = xml["ValidationRule"];
        const message = readText(rule, "errorMessage") ?? "";
        expect(message, path).toContain(`"${project.ir.name}"`);
        expect(message, path).toContain(readText(rule, "errorDisplayField") ?? "<none>");
      }
    });

    it("carries the banner in every XML file", () => {
      for (const file of project.result.files.filter((candidate) => candidate.path.endsWith(".xml"))) {
        expect(file.contents, file.path).toContain("<!-- Generated by fieldpolicy from");
      }
    });

    it("names the targeted API version in every XML file", () => {
      for (const file of project.result.files.filter((candidate) => candidate.path.endsWith(".xml"))) {
        expect(file.contents, file.path).toContain("Targets Salesforce Metadata API 66.0.");
      }
    });
  });
}
