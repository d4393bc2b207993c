import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { hasErrors } from "@fieldpolicy/core";
import { compilePolicy, loadCatalog } from "@fieldpolicy/compiler";
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget } from "ts-morph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPolicyTemplate } from "../../src/init/load-policy-template";
import { POLICY_STACKS, type PolicyStack } from "../../src/init/policy-stacks";
import { buildPolicyLabel, renderPolicyTemplate } from "../../src/init/render-policy-template";
import { REPO_ROOT } from "./run-cli";

// The scaffold goes inside the repository so that `@fieldpolicy/core` resolves through the
// workspace's node_modules, as it does for a team's policies/ folder.
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(REPO_ROOT, "packages/cli/test/init/.scaffold-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeScaffold(stack: PolicyStack, name: string): Promise<string> {
  const file = path.join(dir, `${name}.policy.ts`);
  const text = renderPolicyTemplate(await loadPolicyTemplate(stack), {
    name,
    label: buildPolicyLabel(name),
    file: path.relative(REPO_ROOT, file),
  });
  await writeFile(file, text);
  return file;
}

/** Type-checks one file with the TypeScript compiler, with the workspace's strict options. */
function typeCheck(file: string): string[] {
  const project = new Project({
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.ESNext,
      moduleResolution: ModuleResolutionKind.Bundler,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
    },
  });
  project.addSourceFileAtPath(file);
  return project
    .getPreEmitDiagnostics()
    .map((diagnostic) => project.formatDiagnosticsWithColorAndContext([diagnostic]));
}

describe.each(POLICY_STACKS)("%s scaffold", (stack) => {
  it("type-checks without errors", async () => {
    const file = await writeScaffold(stack, `${stack}-types`);

    expect(typeCheck(file)).toEqual([]);
  });

  it("compiles with no diagnostics", async () => {
    const file = await writeScaffold(stack, `${stack}-compile`);

    const compiled = compilePolicy(path.relative(REPO_ROOT, file), { cwd: REPO_ROOT });

    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.ir?.name).toBe(`${stack}-compile`);
  });

  it("marks what to fill in", async () => {
    const text = await readFile(await writeScaffold(stack, `${stack}-todo`), "utf8");

    expect(text).toMatch(/TODO: the username of the Salesforce user/);
    expect(text).toMatch(/TODO: the person or team who answers this queue/);
    expect(text).toMatch(/TODO: your org's Lead Status picklist values/);
  });
});

/** Folder of the real Salesforce Lead and Contact describes and HubSpot contact listing, copied with their provenance. */
const REAL_CATALOG_DIR = path.resolve(REPO_ROOT, "test/fixtures/catalogs/real");

describe.each(POLICY_STACKS)("%s scaffold against real catalogs", (stack) => {
  it("has no catalog errors", async () => {
    const file = await writeScaffold(stack, `${stack}-catalog`);
    const { catalog, diagnostics: catalogDiagnostics } = loadCatalog(REAL_CATALOG_DIR);

    const compiled = compilePolicy(path.relative(REPO_ROOT, file), { cwd: REPO_ROOT, catalog });

    expect(catalogDiagnostics).toEqual([]);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(hasErrors(compiled.diagnostics)).toBe(false);
  });
});

describe("scaffold type check", () => {
  it("reports a system of record that is not declared", async () => {
    const file = await writeScaffold("hubspot", "broken");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace('systemOfRecord: "crm"', 'systemOfRecord: "erp"'));

    expect(typeCheck(file).join("\n")).toContain('"erp"');
  });
});
