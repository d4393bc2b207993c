// A policy arrives in a pull request, so compiling it must never run it. This policy would write a
// file, end the process, start a child process and read the environment if anything executed it.

import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../test/support/cli-launcher";
import { compilePolicy } from "../src/index";
import { createPolicyFolder, renderSmallPolicyLiteral } from "./policy-folder";

function createHostilePolicy(): { folder: string; writtenFile: string; spawnedFile: string } {
  const folder = createPolicyFolder({});
  const writtenFile = path.join(folder, "written-by-policy.txt");
  const spawnedFile = path.join(folder, "touched-by-child.txt");
  const text = [
    `import { writeFileSync } from "node:fs";`,
    `import { spawnSync } from "node:child_process";`,
    `import { definePolicy } from "@fieldpolicy/core";`,
    ``,
    `writeFileSync(${JSON.stringify(writtenFile)}, "the policy ran");`,
    `process.exit(42);`,
    `const child = spawnSync("touch", [${JSON.stringify(spawnedFile)}]);`,
    `const home = process.env.HOME;`,
    ``,
    `export default definePolicy(${renderSmallPolicyLiteral()});`,
  ].join("\n");
  // Written after the folder exists, because the marker paths inside the text depend on it.
  writeFileSync(path.join(folder, "hostile.policy.ts"), text, "utf8");
  return { folder, writtenFile, spawnedFile };
}

function findStatementDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.code !== "FP1001")
    .map((diagnostic) => `${diagnostic.code} line ${diagnostic.line}`);
}

describe("compiling a hostile policy", () => {
  it("runs none of its statements", () => {
    const hostile = createHostilePolicy();

    const compiled = compilePolicy("hostile.policy.ts", { cwd: hostile.folder });

    expect(compiled.ir).toBeNull();
    expect(existsSync(hostile.writtenFile)).toBe(false);
    expect(existsSync(hostile.spawnedFile)).toBe(false);
  });

  it("names each statement with its line", () => {
    const hostile = createHostilePolicy();

    const compiled = compilePolicy("hostile.policy.ts", { cwd: hostile.folder });

    expect(findStatementDiagnostics(compiled.diagnostics)).toEqual([
      "FP1007 line 5",
      "FP1007 line 6",
      "FP1009 line 7",
      "FP1008 line 8",
    ]);
  });

  it("words each statement so the author recognizes it", () => {
    const hostile = createHostilePolicy();

    const messages = compilePolicy("hostile.policy.ts", { cwd: hostile.folder }).diagnostics.map((diagnostic) => diagnostic.message);

    expect(messages).toContain("A policy file cannot contain an expression statement (`process.exit(42);`): the compiler never runs policy code.");
    expect(messages.some((message) => message.includes("calls `spawnSync`, which is not a helper"))).toBe(true);
    expect(messages).toContain("`process.env.HOME` reads the environment of the process, which the compiler never runs.");
  });

  it("completes `fieldpolicy check` with exit code 1 and no side effects", () => {
    const hostile = createHostilePolicy();

    const run = spawnSync(process.execPath, [CLI_LAUNCHER, "check", "hostile.policy.ts", "--format", "json"], {
      cwd: hostile.folder,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    const diagnostics = JSON.parse(run.stdout) as Diagnostic[];

    expect(run.status).toBe(1);
    expect(existsSync(hostile.writtenFile)).toBe(false);
    expect(existsSync(hostile.spawnedFile)).toBe(false);
    expect(findStatementDiagnostics(diagnostics)).toEqual(["FP1007 line 5", "FP1007 line 6", "FP1009 line 7", "FP1008 line 8"]);
  });
});
