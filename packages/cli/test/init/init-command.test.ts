import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
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
  });

  it("creates a missing folder", async () => {
    const nested = path.join(dir, "team", "policies");

    const run = runCli(["init", "--dir", nested]);

    expect(run.status).toBe(0);
    expect(await readFile(path.join(nested, "lead.policy.ts"), "utf8")).toContain('name: "lead"');
  });

  it("rejects an existing file without --force", async () => {
    const file = path.join(dir, "lead.policy.ts");
    await writeFile(file, "// the team's own policy\n");

    const run = runCli(["init", "--dir", dir]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("already exists. Pass --force to overwrite it");
    expect(run.stderr).not.toContain("    at ");
    expect(await readFile(file, "utf8")).toBe("// the team's own policy\n");
  });

  it("overwrites an existing file with --force", async () => {
    const file = path.join(dir, "lead.policy.ts");
    await writeFile(file, "// the team's own policy\n");

    const run = runCli(["init", "--dir", dir, "--force"]);

    expect(run.status).toBe(0);
    expect(await readFile(file, "utf8")).toContain("definePolicy");
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
