import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type StoreEngine } from "../src/index";
import { createStoreLocation, ENGINES } from "./support/engines";
import { startPostgresServer, type PostgresServer } from "./support/postgres-server";
import { runIngestChild } from "./support/run-child";

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
