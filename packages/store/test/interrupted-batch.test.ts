import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openStore } from "../src/index";
import { createStoreLocation } from "./support/engines";
import { startPostgresServer, type PostgresServer } from "./support/postgres-server";
import { runIngestChild } from "./support/run-child";

// The worker records 300 decisions in batches of 100; the tests kill it during the second batch.
const BATCH = 100;

// Each test starts Node processes, which take seconds each on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

let server: PostgresServer | null = null;

beforeAll(async () => {
  server = await startPostgresServer();
});

afterAll(() => {
  server?.stop();
});

async function countStored(location: string): Promise<{ decisions: number; exceptions: number; auditEntries: number }> {
  const store = await openStore(location);
  const counts = await store.countRows();
  await store.close();
  return counts;
}

describe("batch killed mid-way", () => {
  it("leaves no partial batch in SQLite", async () => {
    const location = await createStoreLocation("sqlite", null);
    // Decision 150 is the 50th of the second batch, so 49 of its decisions are written before the pause.
    const run = runIngestChild([location, "1", "300", String(BATCH), "150"]);
    await run.waitForLine("paused", 30_000);

    // A second writer that may not wait finds the write lock taken: the worker is inside its transaction.
    const probe = new Database(location, { timeout: 0 });
    expect(() => probe.exec("BEGIN IMMEDIATE")).toThrow(/database is locked/);
    probe.close();

    run.child.kill("SIGKILL");
    const exit = await run.exited;
    const counts = await countStored(location);

    expect(exit.signal).toBe("SIGKILL");
    expect(counts.decisions).toBe(BATCH);
    expect(counts.exceptions).toBe(BATCH / 10);
    expect(counts.auditEntries).toBe(2 * BATCH);
  });

  it("leaves no partial batch in PostgreSQL", async () => {
    const location = await createStoreLocation("postgres", server);
    (await openStore(location)).close();

    // The test inserts, without committing, the first audit entry of decision 150. The worker's
    // second batch writes its decision rows, then waits on that entry's key inside its transaction.
    const blocker = new pg.Client({ connectionString: location });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(
      `INSERT INTO audit_entries (decision_id, seq, record, field, system, actor, old_value_json, new_value_json, at, disposition, reason)
       VALUES ('dec-leadStatus-00Q5f000001Rec000150-150', 0, 'r', 'leadStatus', 'crm', 'a', 'null', 'null', '2026-12-01T15:00:00.000Z', 'applied', 'x')`,
    );

    const run = runIngestChild([location, "1", "300", String(BATCH), "-", "fp-kill-test"]);
    const waiting = await waitForLockedWorker(location, "fp-kill-test", 30_000);
    const activity = await readWorkerActivity(location, "fp-kill-test");

    run.child.kill("SIGKILL");
    const exit = await run.exited;
    await blocker.query("ROLLBACK");
    await blocker.end();
    await waitForNoConnections(location, "fp-kill-test", 30_000);
    const counts = await countStored(location);

    expect(waiting).toBe(true);
    // The batch inserts decisions, then exceptions, then audit entries: waiting on the audit
    // insert with a written transaction means the batch's decision rows are written, uncommitted.
    expect(activity.query).toMatch(/^INSERT INTO audit_entries/);
    expect(activity.hasWritten).toBe(true);
    expect(exit.signal).toBe("SIGKILL");
    expect(counts.decisions).toBe(BATCH);
    expect(counts.exceptions).toBe(BATCH / 10);
    expect(counts.auditEntries).toBe(2 * BATCH);
  });

  it("completes the store when the input is fed again", async () => {
    const location = await createStoreLocation("sqlite", null);
    const killed = runIngestChild([location, "1", "300", String(BATCH), "250"]);
    await killed.waitForLine("paused", 30_000);
    killed.child.kill("SIGKILL");
    await killed.exited;

    const rerun = runIngestChild([location, "1", "300", String(BATCH)]);
    const exit = await rerun.exited;
    const summary = JSON.parse(exit.stdout.trim().split("\n").pop() ?? "{}") as { decisions: number; duplicateDecisions: number };
    const counts = await countStored(location);

    expect(exit.code).toBe(0);
    expect(summary.decisions).toBe(BATCH);
    expect(summary.duplicateDecisions).toBe(2 * BATCH);
    expect(counts.decisions).toBe(3 * BATCH);
    expect(counts.auditEntries).toBe(6 * BATCH);
  });
});

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls pg_stat_activity until the worker's connection waits on a lock. */
async function waitForLockedWorker(location: string, applicationName: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const result = await client.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [applicationName]);
      if (result.rowCount !== 0) {
        return true;
      }
      await sleep(50);
    }
    return false;
  } finally {
    await client.end();
  }
}

/**
 * Reads what the worker's connection is doing: its statement, and whether its transaction has
 * written (a transaction gets an id at its first write).
 */
async function readWorkerActivity(location: string, applicationName: string): Promise<{ query: string; hasWritten: boolean }> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    const result = await client.query<{ query: string; has_written: boolean }>(
      "SELECT query, backend_xid IS NOT NULL AS has_written FROM pg_stat_activity WHERE application_name = $1",
      [applicationName],
    );
    const row = result.rows[0];
    return { query: row?.query ?? "", hasWritten: row?.has_written ?? false };
  } finally {
    await client.end();
  }
}

/** Waits until the server has noticed the killed worker's connection is gone. */
async function waitForNoConnections(location: string, applicationName: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const result = await client.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
      if (result.rowCount === 0) {
        return;
      }
      await sleep(50);
    }
    throw new Error(`The killed worker's connection was still open after ${timeoutMs} ms.`);
  } finally {
    await client.end();
  }
}
