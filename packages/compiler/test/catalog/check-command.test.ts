import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Diagnostic } from "@fieldpolicy/core";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";

const REPOSITORY_ROOT = join(import.meta.dirname, "../../../..");

// Runs the command line the way `pnpm fieldpolicy` does, from the repository root.
function runFieldpolicy(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("fieldpolicy check --catalog on the real fixtures", () => {
  let run: { status: number | null; stdout: string; stderr: string };

  beforeAll(() => {
    run = runFieldpolicy(["check", "--catalog", "test/fixtures/catalogs/real", "--format", "json"]);
  });

  it("exits 0", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("reports no error", () => {
    const diagnostics = JSON.parse(run.stdout) as Diagnostic[];

    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });

  it("runs the catalog checks", () => {
    const codes = (JSON.parse(run.stdout) as Diagnostic[]).map((diagnostic) => diagnostic.code);

    expect(codes).toContain("FP4106");
  });
});
