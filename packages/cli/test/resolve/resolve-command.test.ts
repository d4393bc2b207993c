import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { renderCanonicalJson, type Decision } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";
import { MAX_LINE_BYTES } from "../../src/commands/read-input-lines";
import { resolveLines } from "../../src/commands/resolve";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const ir = compilePolicy("policies/lead.policy.ts", { cwd: REPOSITORY_ROOT }).ir!;
const NOW = new Date("2026-12-04T20:00:00Z");

function buildStatusLine(record: string, hubspotValue: string): string {
  return JSON.stringify({
    record,
    field: "leadStatus",
    base: { value: "New", at: "2026-11-01T12:00:00.000+0000" },
    changes: [{ system: "map", value: hubspotValue, at: 1796140800000, actor: "hubspot.integration@example.com" }],
  });
}

async function runLines(lines: string[]): Promise<{ decisions: Decision[]; errors: number }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const { errors } = await resolveLines({
    ir,
    now: NOW,
    users: undefined,
    input: Readable.from(lines.join("\n")),
    output,
  });
  const decisions = chunks
    .join("")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Decision);
  return { decisions, errors };
}

function runCli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  return runCliCommand(["resolve", ...args], input);
}

function runCliCommand(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: "utf8",
    input,
    // An audit export of thousands of entries passes the default of 1 MiB.
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// 5,000 decisions are far more than a pipe buffers, so the command is still writing when the
// reader goes away, as with `| head`.
function buildManyLines(): string[] {
  return Array.from({ length: 5000 }, (_, index) => buildStatusLine(`r${index}`, "CONNECTED"));
}

/** Runs `resolve` on `lines` from a built IR, and closes its standard output at the first decision. */
async function runUntilOutputCloses(lines: string[], args: string[]): Promise<{ status: number | null; stderr: string }> {
  const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-resolve-"));
  const input = path.join(folder, "conflicts.jsonl");
  writeFileSync(input, lines.join("\n") + "\n");
  const irFile = path.join(folder, "ir.json");
  writeFileSync(irFile, renderCanonicalJson(ir));

  const child = spawn(process.execPath, [CLI_LAUNCHER, "resolve", "--policy", irFile, "--input", input, ...args], {
    cwd: REPOSITORY_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdout.once("data", () => child.stdout.destroy());
  const [status] = (await once(child, "close")) as [number | null];
  return { status, stderr };
}

describe("resolveLines", () => {
  it("writes one decision per conflict line", async () => {
    const { decisions } = await runLines([
      buildStatusLine("a", "ATTEMPTED_TO_CONTACT"),
      buildStatusLine("b", "CONNECTED"),
    ]);
    expect(decisions.map((decision) => decision.value)).toEqual(["Contacted", "Engaged"]);
  });

  it("names the line number of a line that is not JSON", async () => {
    const { decisions } = await runLines([buildStatusLine("a", "CONNECTED"), "{not json"]);
    expect(decisions[1]!.error?.line).toBe(2);
  });

  it("keeps resolving after a malformed line", async () => {
    const { decisions } = await runLines(["{not json", buildStatusLine("b", "CONNECTED")]);
    expect(decisions[1]!.outcome).toBe("resolved");
  });

  it.each([
    ["a missing key", JSON.stringify({ record: "r", field: "leadStatus", changes: [] }), /missing the key "base"/],
    [
      "an unknown field",
      JSON.stringify({ record: "r", field: "nope", base: null, changes: [] }),
      /Unknown field "nope"/,
    ],
    [
      "an unknown system",
      JSON.stringify({
        record: "r",
        field: "leadStatus",
        base: null,
        changes: [{ system: "erp", value: "x", at: 0, actor: "a" }],
      }),
      /unknown system "erp"/,
    ],
  ])("reports %s with its problem", async (_name, line, message) => {
    const { decisions } = await runLines([line]);
    expect(decisions[0]!.error?.message).toMatch(message);
  });

  it("counts error lines", async () => {
    const { errors } = await runLines(["[]", buildStatusLine("b", "CONNECTED"), "{}"]);
    expect(errors).toBe(2);
  });

  it("ignores a byte order mark before line 1", async () => {
    const { decisions, errors } = await runLines([`\uFEFF${buildStatusLine("a", "CONNECTED")}`]);

    expect(errors).toBe(0);
    expect(decisions.map((decision) => decision.record)).toEqual(["a"]);
  });

  it("reports an over-long line", async () => {
    const tooLong = JSON.stringify({ record: "x".repeat(MAX_LINE_BYTES), field: "leadStatus" });
    const { decisions, errors } = await runLines([tooLong, buildStatusLine("b", "CONNECTED")]);

    expect(errors).toBe(1);
    expect(decisions[0]!.error).toEqual({
      line: 1,
      message: `Line 1 is ${tooLong.length.toLocaleString("en-US")} bytes long, over the limit of 16,777,216 bytes. A conflict is a few kilobytes, so check that each conflict ends with a newline.`,
    });
    expect(decisions[1]!.value).toBe("Engaged");
  });

  it("skips empty lines but counts them in line numbers", async () => {
    const { decisions } = await runLines([buildStatusLine("a", "CONNECTED"), "", "oops"]);
    expect(decisions.map((decision) => decision.error?.line ?? null)).toEqual([null, 3]);
  });
});

describe("fieldpolicy resolve", () => {
  it("reads standard input and exits 0 without errors", () => {
    const run = runCli(
      ["--policy", "policies/lead.policy.ts", "--now", "2026-12-04T20:00:00Z"],
      buildStatusLine("a", "CONNECTED") + "\n",
    );
    expect(run.status).toBe(0);
  });

  it("stops quietly when output closes", async () => {
    const run = await runUntilOutputCloses(buildManyLines(), []);

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("exits 1 when output closes after an invalid line", async () => {
    const run = await runUntilOutputCloses(["{bad", ...buildManyLines()], []);

    // The JSON parser's own wording differs between Node versions, so only the line is pinned.
    expect(run.stderr).toMatch(/^fieldpolicy resolve: line 1: Line 1 is not valid JSON: [^\n]+\n$/);
    expect(run.status).toBe(1);
  });

  it("stores every decision when output closes", async () => {
    const store = path.join(mkdtempSync(path.join(tmpdir(), "fieldpolicy-resolve-")), "store.db");
    const lines = buildManyLines();

    const run = await runUntilOutputCloses(lines, ["--store", store]);
    const exported = runCliCommand(["audit", "export", "--store", store, "--format", "jsonl"]);

    expect(run.stderr).toContain(`Stored ${lines.length} new decisions`);
    expect(run.status).toBe(0);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout.trim().split("\n")).toHaveLength(lines.length);
  });

  it("exits 1 when a line is in error, and still writes every decision", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-resolve-"));
    const input = path.join(folder, "conflicts.jsonl");
    writeFileSync(input, ["{bad", buildStatusLine("a", "CONNECTED")].join("\n") + "\n");
    const run = runCli(["--policy", "policies/lead.policy.ts", "--input", input, "--now", "2026-12-04T20:00:00Z"]);
    expect([run.status, run.stdout.trim().split("\n").length]).toEqual([1, 2]);
  });

  it("reads an --input file that starts with a byte order mark", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-resolve-"));
    const input = path.join(folder, "conflicts.jsonl");
    writeFileSync(input, `\uFEFF${buildStatusLine("a", "CONNECTED")}\n${buildStatusLine("b", "CONNECTED")}\n`);
    const run = runCli(["--policy", "policies/lead.policy.ts", "--input", input, "--now", "2026-12-04T20:00:00Z"]);

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("lists each invalid line on standard error", () => {
    const run = runCli(
      ["--policy", "policies/lead.policy.ts", "--now", "2026-12-04T20:00:00Z"],
      `{bad\n${buildStatusLine("a", "CONNECTED")}\n`,
    );

    expect(run.stderr).toContain("fieldpolicy resolve: line 1: Line 1 is not valid JSON");
  });

  it("rejects an invalid --now without a stack trace", () => {
    const run = runCli(["--policy", "policies/lead.policy.ts", "--now", "yesterday"], "");
    expect([run.status, run.stderr.includes("    at ")]).toEqual([2, false]);
  });

  it("rejects a non-policy file", () => {
    const run = runCli(["--policy", "README.md", "--now", "2026-12-04T20:00:00Z"], "");

    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "fieldpolicy resolve: --policy README.md is neither a policy source (*.policy.ts) nor the ir.json that `fieldpolicy build` wrote. Pass one of those.\n",
    );
  });

  it("reports a missing users file by name", () => {
    const run = runCli(["--policy", "policies/lead.policy.ts", "--users", "no-such-users.json"], "");
    expect(run.stderr).toContain("--users no-such-users.json does not exist.");
  });
});
