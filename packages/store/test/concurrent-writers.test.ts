import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Decision } from "@fieldpolicy/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLI_LAUNCHER } from "../../../test/support/cli-launcher";
import { openStore, type StoreEngine } from "../src/index";
import { createStoreLocation, ENGINES } from "./support/engines";
import { startPostgresServer, type PostgresServer } from "./support/postgres-server";
import { runIngestChild } from "./support/run-child";

// Each test starts Node processes, which take seconds each on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

let server: PostgresServer | null = null;

beforeAll(async () => {
  server = await startPostgresServer();
});

afterAll(() => {
  server?.stop();
});

interface WorkerSummary {
  decisions: number;
  duplicateDecisions: number;
}

/** Runs one worker per range at once and returns their summaries. */
async function runWorkers(location: string, ranges: [start: number, count: number][], batchSize: number): Promise<WorkerSummary[]> {
  const runs = ranges.map(([start, count]) => runIngestChild([location, String(start), String(count), String(batchSize)]));
  const exits = await Promise.all(runs.map((run) => run.exited));

  return exits.map((exit) => {
    if (exit.code !== 0) {
      throw new Error(`A worker failed with exit code ${exit.code}: ${exit.stderr}`);
    }
    return JSON.parse(exit.stdout.trim().split("\n").pop() ?? "{}") as WorkerSummary;
  });
}

describe.each(ENGINES)("concurrent writers on %s", (engine: StoreEngine) => {
  it("lose and duplicate nothing on overlapping inputs", async () => {
    const location = await createStoreLocation(engine, server);
    // Four workers over 1..2500, each range overlapping the next by half.
    const summaries = await runWorkers(location, [[1, 1000], [501, 1000], [1001, 1000], [1501, 1000]], 100);

    const store = await openStore(location);
    const counts = await store.countRows();
    await store.close();

    expect(counts.decisions).toBe(2500);
    expect(counts.exceptions).toBe(250);
    expect(counts.auditEntries).toBe(5000);
    expect(summaries.reduce((sum, summary) => sum + summary.decisions, 0)).toBe(2500);
    expect(summaries.reduce((sum, summary) => sum + summary.duplicateDecisions, 0)).toBe(1500);
  });

  it("stores each decision once when all workers send the same input", async () => {
    const location = await createStoreLocation(engine, server);
    const summaries = await runWorkers(location, [[1, 800], [1, 800], [1, 800], [1, 800]], 50);

    const store = await openStore(location);
    const counts = await store.countRows();
    await store.close();

    expect(counts.decisions).toBe(800);
    expect(counts.auditEntries).toBe(1600);
    expect(summaries.reduce((sum, summary) => sum + summary.decisions, 0)).toBe(800);
  });
});

const REPOSITORY = fileURLToPath(new URL("../../../", import.meta.url));

/** Builds conflict lines numbered from..to; every third one moves a disqualified lead, so it goes to review. */
function writeConflicts(folder: string, name: string, from: number, to: number): string {
  const lines: string[] = [];
  for (let index = from; index <= to; index += 1) {
    const record = `00Q5f000002Rec${String(index).padStart(4, "0")}`;
    const base = index % 3 === 0 ? "Disqualified" : "New";
    lines.push(
      JSON.stringify({
        record,
        field: "leadStatus",
        base: { value: base, at: "2026-11-20T10:00:00Z" },
        changes: [{ system: "map", value: "ATTEMPTED_TO_CONTACT", at: "2026-12-01T15:00:00Z", actor: "hubspot.workflow" }],
      }),
    );
  }
  const file = join(folder, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** Runs `fieldpolicy resolve --store` and returns its decisions. */
function runResolver(input: string, store: string): Promise<Decision[]> {
  const args = [CLI_LAUNCHER, "resolve", "--policy", "policies/lead.policy.ts", "--input", input];
  const child = spawn(process.execPath, [...args, "--now", "2026-12-04T12:00:00Z", "--store", store, "--batch-size", "25"], {
    cwd: REPOSITORY,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) {
        reject(new Error(`fieldpolicy resolve failed with exit code ${code}: ${stderr}`));
        return;
      }
      resolve(stdout.trim().split("\n").map((line) => JSON.parse(line) as Decision));
    });
  });
}

describe("resolver processes on one PostgreSQL store", () => {
  it("stores overlapping inputs once", async () => {
    const store = await createStoreLocation("postgres", server);
    const folder = mkdtempSync(join(tmpdir(), "fp-store-resolvers-"));
    const inputs = [writeConflicts(folder, "a.jsonl", 1, 200), writeConflicts(folder, "b.jsonl", 101, 300), writeConflicts(folder, "c.jsonl", 1, 300)];

    const outputs = await Promise.all(inputs.map((input) => runResolver(input, store)));
    const everyDecision = outputs[2] ?? [];
    const opened = await openStore(store);
    const counts = await opened.countRows();
    await opened.close();

    expect(new Set(everyDecision.map((decision) => decision.id)).size).toBe(300);
    expect(counts.decisions).toBe(300);
    expect(counts.exceptions).toBe(everyDecision.filter((decision) => decision.outcome === "review").length);
    expect(counts.auditEntries).toBe(everyDecision.reduce((sum, decision) => sum + decision.audit.length, 0));
  });
});
