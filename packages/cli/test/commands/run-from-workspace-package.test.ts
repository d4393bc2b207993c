// Inside a workspace package, `pnpm fieldpolicy` looks for the script in that package's
// package.json, where there is none. The README gives the form that runs the repository's script
// from there, and these tests run that form in one package of each kind.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const DOCUMENTED_FORM = "pnpm -sw fieldpolicy <command>";

describe("fieldpolicy in a workspace package", () => {
  it("has its form in the README", () => {
    const readme = readFileSync(path.join(REPOSITORY_ROOT, "README.md"), "utf8");

    expect(readme).toContain(`\`${DOCUMENTED_FORM}\``);
  });

  it.each(["packages/cli", "generators/hubspot", "test/fixtures", "bench"])("runs from %s", (folder) => {
    const cwd = path.join(REPOSITORY_ROOT, folder);
    const policy = path.relative(cwd, path.join(REPOSITORY_ROOT, "policies/lead.policy.ts"));

    const run = spawnSync("pnpm", ["-sw", "fieldpolicy", "check", policy], { cwd, encoding: "utf8" });

    expect(run.stderr).toContain("No problems found.");
    expect(run.status).toBe(0);
  });
});
