// Load check of the store. 4 worker processes write 1,000,000 decisions in all into PostgreSQL,
// then into SQLite: 250,000 each, in batches of 500, one transaction per batch. The store is
// counted afterwards. Run it with `pnpm bench store`, or alone with
// `pnpm exec tsx bench/store.bench.ts`. Each generated decision has 2 audit entries and every
// tenth is an exception, as in the store tests.
//
// PostgreSQL is a throwaway server on 127.0.0.1 with fsync on; SQLite is one file in WAL mode
// with synchronous=NORMAL and a 30 s busy timeout, shared by the 4 processes.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore, recordInBatches, type StoreEngine } from "../packages/store/src/index";
import { makeDecision } from "../packages/store/test/support/make-decision";
import { startPostgresServer } from "../packages/store/test/support/postgres-server";

const WORKERS = 4;
const TOTAL_DECISIONS = 1_000_000;
const BATCH_SIZE = 500;
// Bound of one engine's run; a slower run fails rather than hang the benchmark.
const RUN_TIMEOUT_MS = 30 * 60_000;

/** The figures of one engine's run. */
export interface StoreBenchResult {
  engine: StoreEngine;
  workers: number;
  decisions: number;
  seconds: number;
  decisionsPerSecond: number;
  stored: { decisions: number; exceptions: number; auditEntries: number };
}

async function runWorker(location: string, start: number, count: number): Promise<void> {
  function* generate(): Generator<ReturnType<typeof makeDecision>> {
    for (let index = start; index < start + count; index += 1) {
      yield makeDecision({ index, outcome: index % 10 === 0 ? "review" : "resolved" });
    }
  }
  const store = await openStore(location);
  await recordInBatches(store, generate(), { batchSize: BATCH_SIZE, now: "2026-12-04T12:00:00.000Z" });
  await store.close();
}

function spawnWorker(location: string, start: number, count: number): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ["--import", "tsx", self, "--worker", location, String(start), String(count)], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`A store bench worker failed: exit code ${code}, signal ${signal}.`));
      }
    });
  });
}

async function measure(engine: StoreEngine, location: string): Promise<StoreBenchResult> {
  // Migrate once before the clock starts, so the run measures writes only.
  await (await openStore(location)).close();
  const perWorker = TOTAL_DECISIONS / WORKERS;

  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: WORKERS }, (_, worker) => spawnWorker(location, 1 + worker * perWorker, perWorker)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const store = await openStore(location);
  const stored = await store.countRows();
  await store.close();
  if (stored.decisions !== TOTAL_DECISIONS) {
    throw new Error(`${engine}: ${stored.decisions} decisions stored, expected ${TOTAL_DECISIONS}.`);
  }
  return { engine, workers: WORKERS, decisions: TOTAL_DECISIONS, seconds, decisionsPerSecond: TOTAL_DECISIONS / seconds, stored };
}

/** Runs the load check on PostgreSQL, then on SQLite. */
export async function runStoreBench(): Promise<StoreBenchResult[]> {
  const results: StoreBenchResult[] = [];

  const server = await startPostgresServer({ durable: true });
  try {
    results.push(await measure("postgres", await server.createDatabase("store_bench")));
  } finally {
    server.stop();
  }

  const folder = mkdtempSync(join(tmpdir(), "fp-store-bench-"));
  try {
    results.push(await measure("sqlite", join(folder, "store.sqlite")));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  return results;
}

/** Renders the results as a Markdown table. */
export function renderStoreBench(results: readonly StoreBenchResult[]): string {
  const lines = [
    `${WORKERS} processes, ${TOTAL_DECISIONS} decisions in all, batches of ${BATCH_SIZE}.`,
    "",
    "| engine | time | throughput | stored decisions | stored exceptions | stored audit entries |",
    "|---|---|---|---|---|---|",
  ];
  for (const result of results) {
    lines.push(
      `| ${result.engine} | ${result.seconds.toFixed(1)} s | ${Math.round(result.decisionsPerSecond)} decisions/s | ` +
        `${result.stored.decisions} | ${result.stored.exceptions} | ${result.stored.auditEntries} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const [mode, location, start, count] = process.argv.slice(2);
if (mode === "--worker" && location !== undefined && start !== undefined && count !== undefined) {
  await runWorker(location, Number(start), Number(count));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(renderStoreBench(await runStoreBench()));
}
