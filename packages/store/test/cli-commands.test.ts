import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Decision } from "@fieldpolicy/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLI_LAUNCHER } from "../../../test/support/cli-launcher";
import { openStore, type StoreEngine } from "../src/index";
import { createStoreLocation, ENGINES } from "./support/engines";
import { makeDecision } from "./support/make-decision";
import { startPostgresServer, type PostgresServer } from "./support/postgres-server";

const REPOSITORY = fileURLToPath(new URL("../../../", import.meta.url));
const CONFLICTS = fileURLToPath(new URL("./fixtures/conflicts.jsonl", import.meta.url));
const POLICY = "policies/lead.policy.ts";

// Each test starts Node processes, which take seconds each on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

let server: PostgresServer | null = null;

beforeAll(async () => {
  server = await startPostgresServer();
});

afterAll(() => {
  server?.stop();
});

/** Runs the fieldpolicy command line from the repository root. */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], {
    cwd: REPOSITORY,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(ENGINES)("command line on %s", (engine: StoreEngine) => {
  let store = "";
  let reviewIds: string[] = [];

  beforeAll(async () => {
    store = await createStoreLocation(engine, server);
  });

  it("records decisions with resolve --store", () => {
    const run = runCli(["resolve", "--policy", POLICY, "--input", CONFLICTS, "--now", "2026-12-04T12:00:00Z", "--store", store, "--batch-size", "2"]);
    const decisions = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Decision);
    reviewIds = decisions.filter((decision) => decision.outcome === "review").map((decision) => decision.id);

    expect(run.status).toBe(0);
    expect(reviewIds).toHaveLength(2);
    expect(run.stderr).toContain("Stored 3 new decisions (2 exceptions, 4 audit entries)");
  });

  it("stores nothing twice when the input is fed again", () => {
    const run = runCli(["resolve", "--policy", POLICY, "--input", CONFLICTS, "--now", "2026-12-04T12:00:00Z", "--store", store]);

    expect(run.stderr).toContain("Stored 0 new decisions (0 exceptions, 0 audit entries)");
    expect(run.stderr).toContain("3 were stored already");
  });

  it("lists overdue exceptions", () => {
    const later = runCli(["queue", "list", "--overdue", "--now", "2026-12-09T12:00:00Z", "--store", store, "--format", "json"]);

    expect((JSON.parse(later.stdout) as { id: string }[]).map((exception) => exception.id).sort()).toEqual([...reviewIds].sort());
  });

  it("resolves an exception and prints the writes", () => {
    const id = reviewIds[0] ?? "";
    const run = runCli(["queue", "resolve", id, "--accept", "map", "--by", "dana.reyes@example.com", "--note", "Rep reopened it", "--policy", POLICY, "--store", store, "--now", "2026-12-09T12:00:00Z"]);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('write crm Status = "Contacted"');
  });

  it("exports the person's decision in the audit trail", () => {
    const run = runCli(["audit", "export", "--format", "jsonl", "--since", "2026-12-09T00:00:00Z", "--store", store]);
    const entries = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { actor: string; decisionId: string; note: string });

    expect(entries).toHaveLength(1);
    expect(entries[0]?.actor).toBe("dana.reyes@example.com");
    expect(entries[0]?.decisionId).toBe(reviewIds[0]);
    expect(entries[0]?.note).toBe("Rep reopened it");
  });

  it("reports the late answer", () => {
    const run = runCli(["audit", "late", "--now", "2026-12-09T13:00:00Z", "--store", store, "--format", "json"]);
    const report = JSON.parse(run.stdout) as { queues: { queue: string; resolvedLate: number; openOverdue: number }[] };

    expect(report.queues).toEqual([expect.objectContaining({ queue: "revops", resolvedLate: 1, openOverdue: 1 })]);
  });
});

// The error paths do not depend on the engine, and each start of the command line costs seconds,
// so they run on SQLite only.
describe("command line errors", () => {
  let store = "";
  let reviewIds: string[] = [];

  beforeAll(async () => {
    // The store is filled through its API, which the tests above check, to save two CLI starts.
    store = await createStoreLocation("sqlite", null);
    const decisions = [makeDecision({ index: 1, outcome: "review" }), makeDecision({ index: 2, outcome: "review" })];
    reviewIds = decisions.map((decision) => decision.id);
    const opened = await openStore(store);
    await opened.recordDecisions(decisions, "2026-12-04T12:00:00.000Z");
    await opened.resolveException({ id: decisions[0]?.id ?? "", value: "New", acceptedSystem: null, by: "dana.reyes@example.com", note: null, at: "2026-12-05T12:00:00.000Z", auditEntries: [] });
    await opened.close();
  });

  it("rejects a second answer without a stack trace", () => {
    const run = runCli(["queue", "resolve", reviewIds[0] ?? "", "--value", "New", "--by", "sam", "--policy", POLICY, "--store", store]);

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^fieldpolicy queue resolve: Exception dec-leadStatus-\S+ was resolved already, by dana.reyes@example.com/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a missing --by as a usage error", () => {
    const run = runCli(["queue", "resolve", reviewIds[1] ?? "", "--accept", "map", "--policy", POLICY, "--store", store]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Pass --by with the person who decides");
  });
});
