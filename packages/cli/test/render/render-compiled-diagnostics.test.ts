import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { compilePolicy, type CompiledPolicy } from "@fieldpolicy/compiler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPolicyTemplate } from "../../src/init/load-policy-template";
import { renderPolicyTemplate } from "../../src/init/render-policy-template";
import { renderDiagnostics } from "../../src/render/index";
import { REPO_ROOT } from "../init/run-cli";
import { compileSarifValidator } from "./sarif-validator";

// Diagnostics from the real compiler on a policy with two mistakes: a system of record that is
// not declared and a tier-1 field without a review trigger.
let dir = "";
let compiled: CompiledPolicy;

beforeAll(async () => {
  dir = await mkdtemp(path.join(REPO_ROOT, "packages/cli/test/render/.broken-"));
  const file = path.join(dir, "broken.policy.ts");
  const template = await loadPolicyTemplate("hubspot");
  const text = renderPolicyTemplate(template, { name: "broken", label: "Broken", file: "broken.policy.ts" })
    .replace('systemOfRecord: "crm"', 'systemOfRecord: "erp"')
    .replace('review: [{ when: "optInWithoutEvidence", queue: "revops" }],', "");
  await writeFile(file, text);
  compiled = compilePolicy(path.relative(REPO_ROOT, file), { cwd: REPO_ROOT });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function render(format: "text" | "github" | "sarif"): string {
  return renderDiagnostics(compiled.diagnostics, format, { sources: compiled.sources, cwd: REPO_ROOT, color: false });
}

describe("renderers on compiler diagnostics", () => {
  it("receive several located diagnostics", () => {
    expect(compiled.diagnostics.length).toBeGreaterThan(1);
    expect(compiled.diagnostics.every((diagnostic) => diagnostic.line !== null)).toBe(true);
  });

  it("write a SARIF log the schema accepts", () => {
    const validate = compileSarifValidator();

    expect(validate(JSON.parse(render("sarif")))).toBe(true);
  });

  it("show the policy's own line in the text frame", async () => {
    const source = await readFile(path.join(dir, "broken.policy.ts"), "utf8");
    const line = source.split("\n").find((text) => text.includes('systemOfRecord: "erp"')) ?? "";

    expect(render("text")).toContain(`| ${line}`);
  });

  it("write one workflow command per diagnostic", () => {
    const commands = render("github").trimEnd().split("\n");

    expect(commands).toHaveLength(compiled.diagnostics.length);
    expect(commands.every((command) => command.startsWith("::error file=packages/cli/test/render/.broken-"))).toBe(
      true,
    );
  });
});
