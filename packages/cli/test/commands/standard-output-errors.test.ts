// Every command that prints to standard output handles a failed write as `resolve` does. A reader
// that closed the pipe ends the command quietly with its usual exit code. A full disk gets one
// line, a hint and exit code 2, never a stack trace.

import { spawn, spawnSync, type StdioOptions } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderCanonicalJson } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const NOW = "2026-12-01T15:00:00Z";
// Changes from both systems, so the store gets a decision and audit entries to list and export.
const CONFLICT = JSON.stringify({
  record: "00Q1",
  field: "leadStatus",
  base: { value: "Working", at: "2026-11-01T09:00:00Z" },
  changes: [
    { system: "map", value: "OPEN_DEAL", at: "2026-12-01T12:00:00Z", actor: "workflow" },
    { system: "crm", value: "Lead", at: "2026-12-01T12:00:00Z", actor: "rep" },
  ],
});

let folder = "";
let irFile = "";
let store = "";

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-output-errors-"));
  irFile = path.join(folder, "ir.json");
  writeFileSync(irFile, renderCanonicalJson(compilePolicy("policies/lead.policy.ts", { cwd: REPOSITORY_ROOT }).ir));
  store = path.join(folder, "store.db");
  const resolve = spawnSync(process.execPath, [CLI_LAUNCHER, "resolve", "--policy", irFile, "--now", NOW, "--store", store], {
    cwd: REPOSITORY_ROOT,
    input: CONFLICT + "\n",
    encoding: "utf8",
  });
  expect(resolve.status, resolve.stderr).toBe(0);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const COMMANDS: [string, () => string[]][] = [
  ["explain", () => ["explain", "--policy", irFile, "--now", NOW, CONFLICT]],
  ["diff", () => ["diff", "policies", "policies"]],
  ["queue list", () => ["queue", "list", "--store", store, "--now", NOW]],
  ["audit export", () => ["audit", "export", "--store", store, "--format", "jsonl"]],
];

async function runCli(args: string[], stdout: "closed" | number): Promise<{ status: number | null; stderr: string }> {
  const stdio: StdioOptions = ["ignore", stdout === "closed" ? "pipe" : stdout, "pipe"];
  const child = spawn(process.execPath, [CLI_LAUNCHER, ...args], { cwd: REPOSITORY_ROOT, stdio, env: { ...process.env, NO_COLOR: "1" } });
  // Closed before the command can start, so its first write meets a pipe without a reader.
  child.stdout?.destroy();
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const [status] = (await once(child, "close")) as [number | null];
  return { status, stderr };
}

describe.each(COMMANDS)("%s with failing standard output", (_name, buildArgs) => {
  it("exits 0 quietly when the reader closed", async () => {
    const run = await runCli(buildArgs(), "closed");

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it.skipIf(!existsSync("/dev/full"))("reports a full disk in one line", async () => {
    const full = openSync("/dev/full", "w");
    const run = await runCli(buildArgs(), full).finally(() => closeSync(full));

    expect(run.stderr).toMatch(/^fieldpolicy: write failed with ENOSPC: [^\n]+\nThe disk is full [^\n]+\n$/);
    expect(run.status).toBe(2);
  });
});
