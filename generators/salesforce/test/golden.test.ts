// Golden output for the example policies, compiled with the real Salesforce describes. Run with
// UPDATE_GOLDEN=1 to rewrite test/fixtures/golden/<policy>/salesforce after a deliberate change.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Catalog, GeneratorResult, PolicyIR } from "@fieldpolicy/core";
import { checkSchema, hashPolicySources, loadCatalog, loadPolicy, normalizePolicy } from "@fieldpolicy/compiler";
import { generateSalesforceProject } from "../src/index";
import { describeProjectInvariants } from "./project-invariants";

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, "../../..");
const CATALOG_FOLDER = path.join(REPOSITORY_ROOT, "test/fixtures/catalogs/real");

const EXAMPLES = [
  { name: "lead", file: "policies/lead.policy.ts" },
  { name: "marketo", file: "test/fixtures/examples/marketo.policy.ts" },
] as const;

function loadRealCatalog(): Catalog {
  const loaded = loadCatalog(CATALOG_FOLDER);
  if (loaded.catalog === null) {
    throw new Error(`The catalog in ${CATALOG_FOLDER} did not load: ${JSON.stringify(loaded.diagnostics)}`);
  }
  return loaded.catalog;
}

// The generator's input contract is a schema-valid IR, so the example is loaded, normalized and
// checked against the schema only. Semantic checks that flag an example policy are the compiler's
// concern and must not hide the generator's output.
function compileExample(file: string): PolicyIR {
  const absolutePath = path.join(REPOSITORY_ROOT, file);
  const loaded = loadPolicy(absolutePath, { cwd: REPOSITORY_ROOT });
  if (loaded.spec === null) {
    throw new Error(`${file} did not load: ${loaded.diagnostics.map((diagnostic) => diagnostic.message).join(" ")}`);
  }
  const sha256 = hashPolicySources(loaded.sources, { cwd: REPOSITORY_ROOT, policyFolder: path.dirname(absolutePath) });
  const schema = checkSchema(normalizePolicy(loaded.spec, { file, sha256 }), loaded.sourceMap);
  if (schema.ir === null) {
    throw new Error(`${file} does not match the IR schema: ${schema.diagnostics.map((diagnostic) => diagnostic.message).join(" ")}`);
  }
  return schema.ir;
}

function listFilesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

function writeGolden(folder: string, result: GeneratorResult): void {
  rmSync(folder, { recursive: true, force: true });
  for (const file of result.files) {
    const target = path.join(folder, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents, "utf8");
  }
}

for (const example of EXAMPLES) {
  const build = (): { ir: PolicyIR; result: GeneratorResult } => {
    const catalog = loadRealCatalog();
    const ir = compileExample(example.file);
    return { ir, result: generateSalesforceProject(ir, { catalog }) };
  };

  describe(`golden ${example.name}`, () => {
    const folder = path.join(REPOSITORY_ROOT, "test/fixtures/golden", example.name, "salesforce");

    it("matches the golden files byte for byte", () => {
      const { result } = build();
      if (process.env["UPDATE_GOLDEN"] === "1") {
        writeGolden(folder, result);
      }
      expect(result.files.map((file) => file.path)).toEqual(listFilesBelow(folder));
      for (const file of result.files) {
        expect(file.contents, file.path).toBe(readFileSync(path.join(folder, file.path), "utf8"));
      }
    });

    it("reports no errors", () => {
      const { result } = build();
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    });
  });

  describeProjectInvariants(`project of ${example.name}`, build);
}
