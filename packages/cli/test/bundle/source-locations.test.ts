// Modules that find files relative to themselves (templates, JSON schemas, prettier through
// createRequire) must find them from the bundle too, because esbuild moves their code into chunks
// under packages/cli/dist. Each command here reaches one of them, and its output is compared with
// the TypeScript entry's.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFromSources, runLauncher, type CliRun } from "./run-cli-entry";

const CATALOG = "test/fixtures/catalogs/real";
const CONFLICTS = "test/fixtures/end-to-end/conflicts.jsonl";
const USERS = "test/fixtures/end-to-end/users.json";
const NOW = "2024-04-26T18:00:00Z";

let workFolder = "";
let bundleFolder = "";

beforeAll(() => {
  workFolder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-bundle-locations-"));
  bundleFolder = path.join(workFolder, "bundle");
});

afterAll(() => {
  rmSync(workFolder, { recursive: true, force: true });
});

/** Lists every file below `folder` with its contents, keyed by its path in the folder. */
function readTree(folder: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      tree[path.relative(folder, file)] = readFileSync(file, "utf8");
    }
  }
  return tree;
}

function expectSameRun(bundled: CliRun, fromSources: CliRun): void {
  expect(bundled.stderr).toBe(fromSources.stderr);
  expect(bundled.stdout).toBe(fromSources.stdout);
  expect(bundled.status).toBe(fromSources.status);
}

describe("source locations in the bundle", () => {
  it("scaffolds a policy from the init templates", () => {
    for (const stack of ["hubspot", "marketo"]) {
      // The policy names its own path, so both runs write to a folder of the same relative name.
      const bundledFolder = path.join(workFolder, `init-bundled-${stack}`);
      const sourcesFolder = path.join(workFolder, `init-sources-${stack}`);
      mkdirSync(bundledFolder);
      mkdirSync(sourcesFolder);
      const args = ["init", "--stack", stack, "--dir", "policies", "--name", "team"];

      const bundled = runLauncher(bundleFolder, args, bundledFolder);
      const fromSources = runFromSources(args, sourcesFolder);

      expect(bundled.status, bundled.stderr).toBe(0);
      expectSameRun(bundled, fromSources);
      expect(readTree(bundledFolder)).toEqual(readTree(sourcesFolder));
    }
  });

  it("validates scenario files against the scenarios schema", () => {
    const bundled = runLauncher(bundleFolder, ["test", "policies"]);

    expect(bundled.status, bundled.stderr).toBe(0);
    expectSameRun(bundled, runFromSources(["test", "policies"]));
  });

  it("builds the same files as the TypeScript entry", () => {
    // The build validates the IR against the policy schema, imports prettier, and pads the SLA
    // document's tables with prettier's text width, loaded through createRequire.
    const bundledOut = path.join(workFolder, "out-bundled");
    const sourcesOut = path.join(workFolder, "out-sources");

    const bundled = runLauncher(bundleFolder, ["build", "--catalog", CATALOG, "--out", bundledOut]);
    const fromSources = runFromSources(["build", "--catalog", CATALOG, "--out", sourcesOut]);

    expect(bundled.status, bundled.stderr).toBe(0);
    expect(fromSources.status, fromSources.stderr).toBe(0);
    expect(readTree(bundledOut)).toEqual(readTree(sourcesOut));
  });

  it("resolves with an IR file checked against the policy schema", () => {
    const irFile = path.join(workFolder, "lead.ir.json");
    const compiled = runFromSources(["build", "--out", path.join(workFolder, "out-ir")]);
    expect(compiled.status, compiled.stderr).toBe(0);
    writeFileSync(irFile, readFileSync(path.join(workFolder, "out-ir/lead/ir.json")));
    const args = ["resolve", "--policy", irFile, "--input", CONFLICTS, "--users", USERS, "--now", NOW];

    const bundled = runLauncher(bundleFolder, args);

    expect(bundled.status, bundled.stderr).toBe(0);
    expect(bundled.stdout).toContain('"field":"leadStatus"');
    expectSameRun(bundled, runFromSources(args));
  });

  it("rejects an IR file that does not match the policy schema", () => {
    const invalidIr = path.join(workFolder, "invalid.ir.json");
    writeFileSync(invalidIr, "{}\n", "utf8");
    const args = ["resolve", "--policy", invalidIr, "--now", NOW];

    const bundled = runLauncher(bundleFolder, args);

    expect(bundled.status).toBe(1);
    expectSameRun(bundled, runFromSources(args));
  });
});
