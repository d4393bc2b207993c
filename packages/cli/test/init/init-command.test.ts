import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

let dir = "";

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "fieldpolicy-init-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fieldpolicy init", () => {
  it("creates a HubSpot policy by default", async () => {
    const run = runCli(["init", "--dir", dir, "--name", "emea"]);
    const text = await readFile(path.join(dir, "emea.policy.ts"), "utf8");

    expect(run.status).toBe(0);
    expect(text).toContain('kind: "hubspot"');
    expect(text).toContain('name: "emea"');
  });

  it("creates a Marketo policy with --stack marketo", async () => {
    const run = runCli(["init", "--dir", dir, "--name", "emea", "--stack", "marketo"]);
    const text = await readFile(path.join(dir, "emea.policy.ts"), "utf8");

    expect(run.status).toBe(0);
    expect(text).toContain('kind: "marketo"');
    expect(await readFile(path.join(dir, "emea.scenarios.ts"), "utf8")).toContain('field: "leadScore"');
  });

  it("creates a missing folder", async () => {
    const nested = path.join(dir, "team", "policies");

    const run = runCli(["init", "--dir", nested]);

    expect(run.status).toBe(0);
    expect(await readFile(path.join(nested, "lead.policy.ts"), "utf8")).toContain('name: "lead"');
  });

  it("writes starter scenarios beside the policy", async () => {
    const run = runCli(["init", "--dir", dir, "--name", "emea"]);
    const text = await readFile(path.join(dir, "emea.scenarios.ts"), "utf8");

    expect(run.status).toBe(0);
    expect(text).toContain('import type policy from "./emea.policy";');
    expect(text).toContain('policy: "./emea.policy.ts"');
    expect(text).toMatch(/TODO: replace these with your own cases/);
    expect((await readdir(dir)).sort()).toEqual(["emea.policy.ts", "emea.scenarios.ts"]);
  });

  it("prints both files and the next commands", () => {
    const run = runCli(["init", "--dir", "policies", "--name", "emea"], dir);

    expect(run.stdout).toContain("Created policies/emea.policy.ts and policies/emea.scenarios.ts");
    expect(run.stdout).toContain("pnpm fieldpolicy check policies/emea.policy.ts\n");
    expect(run.stdout).toContain("pnpm fieldpolicy test policies/emea.scenarios.ts\n");
    expect(run.stdout).toContain("pnpm fieldpolicy build policies/emea.policy.ts\n");
  });

  it("writes nothing when the policy exists", async () => {
    const file = path.join(dir, "lead.policy.ts");
    await writeFile(file, "// the team's own policy\n");

    const run = runCli(["init", "--dir", dir]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("lead.policy.ts already exists, so init wrote nothing. Pass --force");
    expect(run.stderr).not.toContain("    at ");
    expect(await readFile(file, "utf8")).toBe("// the team's own policy\n");
    expect((await readdir(dir)).sort()).toEqual(["lead.policy.ts"]);
  });

  it("writes nothing when the scenarios exist", async () => {
    const file = path.join(dir, "lead.scenarios.ts");
    await writeFile(file, "// the team's own scenarios\n");

    const run = runCli(["init", "--dir", dir]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("lead.scenarios.ts already exists, so init wrote nothing. Pass --force");
    expect(await readFile(file, "utf8")).toBe("// the team's own scenarios\n");
    expect((await readdir(dir)).sort()).toEqual(["lead.scenarios.ts"]);
  });

  it("names both files when both exist", async () => {
    await writeFile(path.join(dir, "lead.policy.ts"), "// policy\n");
    await writeFile(path.join(dir, "lead.scenarios.ts"), "// scenarios\n");

    const run = runCli(["init", "--dir", "."], dir);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error: lead.policy.ts and lead.scenarios.ts already exist, so init wrote nothing.");
  });

  it("overwrites both files with --force", async () => {
    await writeFile(path.join(dir, "lead.policy.ts"), "// the team's own policy\n");
    await writeFile(path.join(dir, "lead.scenarios.ts"), "// the team's own scenarios\n");

    const run = runCli(["init", "--dir", dir, "--force"]);

    expect(run.status).toBe(0);
    expect(await readFile(path.join(dir, "lead.policy.ts"), "utf8")).toContain("definePolicy");
    expect(await readFile(path.join(dir, "lead.scenarios.ts"), "utf8")).toContain("defineScenarios");
    expect((await readdir(dir)).sort()).toEqual(["lead.policy.ts", "lead.scenarios.ts"]);
  });

  it("overwrites one existing file with --force and creates the other", async () => {
    await writeFile(path.join(dir, "lead.scenarios.ts"), "// the team's own scenarios\n");

    const run = runCli(["init", "--dir", dir, "--force"]);

    expect(run.status).toBe(0);
    expect(await readFile(path.join(dir, "lead.policy.ts"), "utf8")).toContain("definePolicy");
    expect(await readFile(path.join(dir, "lead.scenarios.ts"), "utf8")).toContain("defineScenarios");
  });

  it("removes a created policy when the scenarios cannot be written", async () => {
    // A folder where the scenarios file goes makes the second file fail after the first is in place.
    await mkdir(path.join(dir, "lead.scenarios.ts"));

    const run = runCli(["init", "--dir", dir, "--force"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Could not write");
    expect(run.stderr).toContain("so init left every file as it was");
    expect(run.stderr).not.toContain("    at ");
    expect((await readdir(dir)).sort()).toEqual(["lead.scenarios.ts"]);
  });

  it("restores a replaced policy when the scenarios cannot be written", async () => {
    await writeFile(path.join(dir, "lead.policy.ts"), "// the team's own policy\n");
    await mkdir(path.join(dir, "lead.scenarios.ts"));

    const run = runCli(["init", "--dir", dir, "--force"]);

    expect(run.status).toBe(2);
    expect(await readFile(path.join(dir, "lead.policy.ts"), "utf8")).toBe("// the team's own policy\n");
    expect((await readdir(dir)).sort()).toEqual(["lead.policy.ts", "lead.scenarios.ts"]);
  });

  it("rejects an invalid name", () => {
    const run = runCli(["init", "--dir", dir, "--name", "EMEA Sales"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Invalid policy name "EMEA Sales" in --name');
  });

  it("rejects an unknown stack", () => {
    const run = runCli(["init", "--dir", dir, "--stack", "pardot"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Allowed choices are hubspot, marketo");
  });
});
