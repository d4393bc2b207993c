import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";
import { breakPolicy, createBuildProject, REPOSITORY_ROOT } from "./build-project";

/** Runs the CLI through its launcher in a folder. */
function runCli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("fieldpolicy build", () => {
  it("exits 0 and summarizes what it wrote", () => {
    const project = createBuildProject();

    const run = runCli(project, ["build", "--out", "generated"]);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote \d+ files for 1 policy to generated\/\n {2}lead\/ \(\d+ fields?, \d+ objects?\)\n {4}IR +ir\.json\n/,
    );
  });

  it("exits 1 with --check when a file is stale, naming it", () => {
    const project = createBuildProject();
    runCli(project, ["build"]);
    writeFileSync(path.join(project, "out/lead/ir.json"), "{}\n");

    const run = runCli(project, ["build", "--check"]);

    expect(run.status).toBe(1);
    expect(run.stdout).toContain("stale    out/lead/ir.json\n");
  });

  it("exits 1 on a broken policy without a stack trace", () => {
    const project = createBuildProject();
    breakPolicy(project);

    const run = runCli(project, ["build"]);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("FP2005");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("fieldpolicy build on an unwritable output", () => {
  it("exits 2 naming the path, without a stack trace", () => {
    const project = createBuildProject();
    writeFileSync(path.join(project, "blocked"), "a file where a folder is needed\n");

    const run = runCli(project, ["build", "--out", "blocked/out"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("blocked");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("fieldpolicy check", () => {
  it("exits 0 on the default policy and writes nothing", () => {
    const project = createBuildProject();

    const run = runCli(project, ["check"]);

    expect(run.status).toBe(0);
    expect(spawnSync("ls", [project], { encoding: "utf8" }).stdout).toBe("policies\n");
  });

  it("exits 2 on an unknown format", () => {
    const project = createBuildProject();

    const run = runCli(project, ["check", "--format", "xml"]);

    expect(run.status).toBe(2);
  });

  it("documents every option with its default in --help", () => {
    // Commander wraps help to the terminal width, so compare with runs of spaces collapsed.
    const help = runCli(REPOSITORY_ROOT, ["check", "--help"]).stdout.replace(/\s+/g, " ");

    expect(help).toContain('(choices: "text", "json", "github", "sarif", default: "text")');
    expect(help).toContain("--catalog <dir> folder of field catalogs");
  });
});
