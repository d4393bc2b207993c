import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicies, findDefaultPolicyPaths } from "../src/index";
import { createPolicyFolder, renderSmallPolicyLiteral } from "./policy-folder";

function renderPolicyFile(name: string): string {
  return `import { definePolicy } from "@fieldpolicy/core";\nexport default definePolicy(${renderSmallPolicyLiteral({ name })});\n`;
}

describe("compilePolicies", () => {
  it("compiles every *.policy.ts file of a folder in path order", () => {
    const folder = createPolicyFolder({
      "policies/b.policy.ts": renderPolicyFile("bravo"),
      "policies/a.policy.ts": renderPolicyFile("alpha"),
      "policies/helpers.ts": "export const X = 1;\n",
    });

    const compiled = compilePolicies(["policies"], { cwd: folder });

    expect(compiled.policies.map((policy) => policy.file)).toEqual(["policies/a.policy.ts", "policies/b.policy.ts"]);
  });

  it("defaults to the policies folder", () => {
    const folder = createPolicyFolder({ "policies/a.policy.ts": renderPolicyFile("alpha") });

    const compiled = compilePolicies([], { cwd: folder });

    expect(compiled.policies.map((policy) => policy.ir?.name)).toEqual(["alpha"]);
  });

  it("compiles a file given by path", () => {
    const folder = createPolicyFolder({ "one.policy.ts": renderPolicyFile("one") });

    const compiled = compilePolicies(["one.policy.ts"], { cwd: folder });

    expect(compiled.policies.map((policy) => policy.ir?.name)).toEqual(["one"]);
  });

  it("compiles a file named twice once", () => {
    const folder = createPolicyFolder({ "policies/a.policy.ts": renderPolicyFile("alpha") });

    const compiled = compilePolicies(["policies", "policies/a.policy.ts"], { cwd: folder });

    expect(compiled.policies).toHaveLength(1);
  });

  it("reports two policies with the same name, naming both files", () => {
    const folder = createPolicyFolder({
      "policies/a.policy.ts": renderPolicyFile("same"),
      "policies/b.policy.ts": renderPolicyFile("same"),
    });

    const compiled = compilePolicies(["policies"], { cwd: folder });

    expect(compiled.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`)).toEqual([
      "FP4001 policies/b.policy.ts:3",
    ]);
    expect(compiled.diagnostics[0]?.message).toContain("policies/a.policy.ts and policies/b.policy.ts");
  });

  it("reports a folder without policy files", () => {
    const folder = createPolicyFolder({});
    mkdirSync(path.join(folder, "empty"));

    const compiled = compilePolicies(["empty"], { cwd: folder });

    expect(compiled.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["FP4004"]);
  });

  it("reports a missing default folder", () => {
    const folder = createPolicyFolder({});

    const compiled = compilePolicies([], { cwd: folder });

    expect(compiled.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)).toEqual([
      "FP1002 The path policies does not exist.",
    ]);
  });

  it("reports a policy file that does not exist", () => {
    const folder = createPolicyFolder({});

    const compiled = compilePolicies(["missing.policy.ts"], { cwd: folder });

    expect(compiled.policies.flatMap((policy) => policy.diagnostics.map((diagnostic) => diagnostic.code))).toEqual(["FP1002"]);
  });
});

describe("findDefaultPolicyPaths", () => {
  const project = mkdtempSync(path.join(tmpdir(), "fieldpolicy-project-"));
  writeFileSync(path.join(project, "package.json"), "{}");
  mkdirSync(path.join(project, "policies"));
  mkdirSync(path.join(project, "docs", "notes"), { recursive: true });

  it("takes policies/ in the working folder", () => {
    expect(findDefaultPolicyPaths(project)).toEqual(["policies"]);
  });

  it("finds the project's policies/ from a folder below", () => {
    expect(findDefaultPolicyPaths(path.join(project, "docs", "notes"))).toEqual(["../../policies"]);
  });

  it("reads the policies folder itself from inside it", () => {
    expect(findDefaultPolicyPaths(path.join(project, "policies"))).toEqual(["."]);
  });

  it("searches nothing above a folder outside any project", () => {
    const outside = mkdtempSync(path.join(tmpdir(), "fieldpolicy-outside-"));
    mkdirSync(path.join(outside, "policies"));
    const below = path.join(outside, "below");
    mkdirSync(below);
    expect(findDefaultPolicyPaths(below)).toEqual(["policies"]);
  });

  it("stops at the project root", () => {
    const bare = mkdtempSync(path.join(tmpdir(), "fieldpolicy-bare-"));
    writeFileSync(path.join(bare, "package.json"), "{}");
    expect(findDefaultPolicyPaths(bare)).toEqual(["policies"]);
  });
});
