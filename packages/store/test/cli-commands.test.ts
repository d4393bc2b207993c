import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderCanonicalJson, type Decision } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
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

// Event times the resolver rejects as invalidTime, each as the tester sent it.
const INVALID_TIMES: unknown[] = ["not a time", 1e300, "+275760-09-13T00:00:00Z", "2026-12-01T12:00:00+25:00", 8.64e15, "2026-02-30T00:00:00Z"];

function buildStatusConflict(record: string, at: unknown): string {
  return JSON.stringify({
    record,
    field: "leadStatus",
    base: { value: "Disqualified", at: "2026-11-20T10:00:00Z" },
    changes: [{ system: "map", value: "ATTEMPTED_TO_CONTACT", at, actor: "hubspot.workflow" }],
  });
}

/** Writes the IR of the lead policy, as `fieldpolicy build` does, and returns its path. */
function writeLeadIr(): string {
  const file = join(mkdtempSync(join(tmpdir(), "fp-store-ir-")), "ir.json");
  writeFileSync(file, renderCanonicalJson(compilePolicy(POLICY, { cwd: REPOSITORY }).ir));
  return file;
}

describe.each(ENGINES)("invalid event times on %s", (engine: StoreEngine) => {
  let store = "";
  let irFile = "";
  let input = "";

  beforeAll(async () => {
    store = await createStoreLocation(engine, server);
    irFile = writeLeadIr();
    input = join(mkdtempSync(join(tmpdir(), "fp-store-input-")), "conflicts.jsonl");
    const lines = [
      buildStatusConflict("00Q5f000001Valid1AA", "2026-12-01T15:00:00Z"),
      ...INVALID_TIMES.map((at, index) => buildStatusConflict(`00Q5f000001Inval${index}AA`, at)),
      buildStatusConflict("00Q5f000001Valid2AA", "2026-12-01T15:00:00Z"),
      // Goes to review for the HubSpot change, and keeps Salesforce's change with its invalid time.
      JSON.stringify({
        record: "00Q5f000001MixedAAA",
        field: "leadStatus",
        base: { value: "Disqualified", at: "2026-11-20T10:00:00Z" },
        changes: [
          { system: "map", value: "ATTEMPTED_TO_CONTACT", at: "2026-12-01T15:00:00Z", actor: "hubspot.workflow" },
          { system: "crm", value: "Working - Contacted", at: "not a time", actor: "rep" },
        ],
      }),
    ];
    writeFileSync(input, `${lines.join("\n")}\n`);
  });

  it("stores every decision of the stream", async () => {
    const run = runCli(["resolve", "--policy", irFile, "--input", input, "--now", "2026-12-02T00:00:00Z", "--store", store, "--batch-size", "1"]);
    const opened = await openStore(store);
    const counts = await opened.countRows();
    await opened.close();

    expect(run.stderr).toContain("Stored 9 new decisions (3 exceptions, 10 audit entries)");
    expect(run.status).toBe(0);
    expect(counts).toEqual({ decisions: 9, exceptions: 3, auditEntries: 10 });
  });

  it("exports each invalid time as sent", () => {
    const run = runCli(["audit", "export", "--format", "jsonl", "--store", store]);
    const entries = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { reason: string; at: string; invalidEventTime: string | null });
    const invalid = entries.filter((entry) => entry.reason === "invalidTime");

    expect(invalid.map((entry) => entry.invalidEventTime).sort()).toEqual([...INVALID_TIMES.map(String), "not a time"].sort());
    expect(invalid.every((entry) => entry.at === "2026-12-02T00:00:00.000Z")).toBe(true);
    expect(entries.filter((entry) => entry.reason !== "invalidTime").map((entry) => entry.invalidEventTime)).toEqual([null, null, null]);
  });

  it("shows an invalid time in the exception's audit", async () => {
    const opened = await openStore(store);
    const exceptions = await opened.listExceptions({ status: "open" });
    await opened.close();
    const mixed = exceptions.find((exception) => exception.record === "00Q5f000001MixedAAA");
    const run = runCli(["queue", "show", mixed?.id ?? "", "--store", store, "--now", "2026-12-02T00:00:00Z"]);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('invalid time "not a time" (recorded 2026-12-02T00:00:00.000Z)  crm  rep');
  });

  it("resolves an exception with --policy ir.json", async () => {
    const opened = await openStore(store);
    const exception = (await opened.listExceptions({ status: "open" })).find((open) => open.record === "00Q5f000001Valid1AA");
    await opened.close();
    const run = runCli(["queue", "resolve", exception?.id ?? "", "--accept", "map", "--by", "dana.reyes@example.com", "--policy", irFile, "--store", store, "--now", "2026-12-03T12:00:00Z"]);

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('write crm Status = "Contacted"');
  });

  it("purges with --policy ir.json", () => {
    const run = runCli(["audit", "purge", "--policy", irFile, "--store", store, "--now", "2027-12-01T00:00:00Z", "--format", "json"]);
    const report = JSON.parse(run.stdout) as { fields: { field: string; entries: number }[] };

    expect(run.status).toBe(0);
    // Eleven entries: ten recorded and one from the resolution. The three of the two open exceptions are kept.
    expect(report.fields.find((field) => field.field === "leadStatus")?.entries).toBe(8);
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
