import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LATEST_VERSION, MIGRATIONS, openStore, planPurge, recordInBatches, summarizeLateness, type DecisionStore } from "../src/index";
import { MIGRATIONS_TABLE_SQL } from "../src/migrations";
import { createStoreLocation, ENGINES } from "./support/engines";
import { makeDecision, makeDecisions } from "./support/make-decision";
import { startPostgresServer, type PostgresServer } from "./support/postgres-server";
import { loadLeadPolicy } from "./support/lead-policy";

const NOW = "2026-12-04T12:00:00.000Z";

let server: PostgresServer | null = null;

beforeAll(async () => {
  server = await startPostgresServer();
});

afterAll(() => {
  server?.stop();
});

async function openFresh(engine: "sqlite" | "postgres"): Promise<{ store: DecisionStore; location: string }> {
  const location = await createStoreLocation(engine, server);
  return { store: await openStore(location), location };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) {
    result.push(item);
  }
  return result;
}

describe.each(ENGINES)("store on %s", (engine) => {
  it("records decisions, exceptions and audit entries", async () => {
    const { store } = await openFresh(engine);
    const summary = await recordInBatches(store, makeDecisions(1, 100), { batchSize: 30, now: NOW });
    const counts = await store.countRows();
    await store.close();

    expect(summary.decisions).toBe(100);
    expect(counts.decisions).toBe(100);
    expect(counts.exceptions).toBe(10);
    expect(counts.auditEntries).toBe(200);
  });

  it("stores nothing twice on re-ingestion", async () => {
    const { store } = await openFresh(engine);
    await recordInBatches(store, makeDecisions(1, 120), { batchSize: 50, now: NOW });
    // The second run overlaps the first and adds 30 new decisions, in other batch boundaries.
    const second = await recordInBatches(store, makeDecisions(1, 150).reverse(), { batchSize: 7, now: NOW });
    const counts = await store.countRows();
    await store.close();

    expect(second.decisions).toBe(30);
    expect(second.duplicateDecisions).toBe(120);
    expect(counts.decisions).toBe(150);
    expect(counts.exceptions).toBe(15);
    expect(counts.auditEntries).toBe(300);
  });

  it("rolls back a batch with an invalid due time", async () => {
    const { store } = await openFresh(engine);
    const decisions = makeDecisions(1, 5);
    // The runtime computes dueBy, so an invalid one means a faulty resolver, unlike an event time.
    const broken = makeDecision({ index: 6, outcome: "review", dueBy: "2026-02-30T00:00:00Z" });
    const batch = [...decisions, broken];

    await expect(store.recordDecisions(batch, NOW)).rejects.toThrow(/Invalid time "2026-02-30T00:00:00Z" in review.dueBy of decision dec-leadStatus/);
    const counts = await store.countRows();
    await store.close();

    expect(counts.decisions).toBe(0);
    expect(counts.auditEntries).toBe(0);
  });

  it("keeps invalid event times as sent", async () => {
    const { store } = await openFresh(engine);
    const sent = ["not a time", "1e300", "+275760-09-13T00:00:00Z", "2026-12-01T12:00:00+25:00", "8640000000000000", "2026-02-30T00:00:00Z"];
    const decisions = sent.map((at, index) => {
      const decision = makeDecision({ index: index + 1, at, outcome: index === 0 ? "review" : "resolved" });
      return { ...decision, audit: decision.audit.map((entry) => ({ ...entry, disposition: "rejected" as const, reason: "invalidTime" })) };
    });

    const summary = await store.recordDecisions([makeDecision({ index: 0 }), ...decisions], NOW);
    const entries = await collect(store.exportAudit({}));
    const exceptions = await store.listExceptions({});
    await store.close();

    expect(summary.decisions).toBe(7);
    expect(summary.auditEntries).toBe(14);
    expect(exceptions.map((exception) => exception.id)).toEqual([decisions[0]?.id]);
    for (const [index, at] of sent.entries()) {
      const stored = entries.filter((entry) => entry.decisionId === decisions[index]?.id);
      expect(stored.map((entry) => entry.invalidEventTime)).toEqual([at, at]);
      expect(stored.map((entry) => entry.at)).toEqual([NOW, NOW]);
    }
  });

  it("keeps a date that does not exist as sent", async () => {
    const { store } = await openFresh(engine);
    // The reason is not invalidTime here, so only the store's own parse can catch the date.
    const decision = makeDecision({ index: 1, at: "2026-02-30T00:00:00Z" });

    await store.recordDecisions([decision], NOW);
    const entries = await store.listDecisionAudit(decision.id);
    await store.close();

    expect(entries.map((entry) => entry.at)).toEqual([NOW, NOW]);
    expect(entries.map((entry) => entry.invalidEventTime)).toEqual(["2026-02-30T00:00:00Z", "2026-02-30T00:00:00Z"]);
  });

  it("stores a valid event time in UTC", async () => {
    const { store } = await openFresh(engine);
    const decision = makeDecision({ index: 1, at: "2026-12-01T10:00:00-05:00" });

    await store.recordDecisions([decision], NOW);
    const entries = await store.listDecisionAudit(decision.id);
    await store.close();

    expect(entries.map((entry) => entry.at)).toEqual(["2026-12-01T15:00:00.000Z", "2026-12-01T15:00:00.000Z"]);
    expect(entries.map((entry) => entry.invalidEventTime)).toEqual([null, null]);
  });

  it("skips decisions with outcome error", async () => {
    const { store } = await openFresh(engine);
    const summary = await store.recordDecisions([makeDecision({ index: 1, outcome: "error" }), makeDecision({ index: 2 })], NOW);
    await store.close();

    expect(summary.skippedErrors).toBe(1);
    expect(summary.decisions).toBe(1);
  });

  it("lists overdue exceptions of one queue", async () => {
    const { store } = await openFresh(engine);
    await store.recordDecisions(
      [
        makeDecision({ index: 1, outcome: "review", queue: "revops", dueBy: "2026-12-03T22:00:00Z" }),
        makeDecision({ index: 2, outcome: "review", queue: "revops", dueBy: "2026-12-08T22:00:00Z" }),
        makeDecision({ index: 3, outcome: "review", queue: "dataQuality", dueBy: "2026-12-01T17:00:00+00:00" }),
      ],
      NOW,
    );
    const overdue = await store.listExceptions({ queue: "revops", overdueAt: NOW });
    const all = await store.listExceptions({});
    await store.close();

    expect(overdue.map((exception) => exception.id)).toEqual(["dec-leadStatus-00Q5f000001Rec000001-1"]);
    expect(all.map((exception) => exception.dueBy)).toEqual(["2026-12-01T17:00:00.000Z", "2026-12-03T22:00:00.000Z", "2026-12-08T22:00:00.000Z"]);
  });

  it("closes an exception with the person and the value", async () => {
    const { store } = await openFresh(engine);
    const decision = makeDecision({ index: 1, outcome: "review" });
    await store.recordDecisions([decision], NOW);

    const resolved = await store.resolveException({
      id: decision.id,
      value: "Contacted",
      acceptedSystem: "map",
      by: "dana.reyes@example.com",
      note: "The rep confirmed the call.",
      at: "2026-12-04T13:30:00.000Z",
      auditEntries: [
        {
          decisionId: decision.id,
          record: decision.record,
          field: decision.field,
          system: "map",
          actor: "dana.reyes@example.com",
          oldValue: "New",
          newValue: "Contacted",
          at: "2026-12-04T13:30:00.000Z",
          disposition: "applied",
          reason: "reviewAccepted",
          note: "The rep confirmed the call.",
        },
      ],
    });
    const audit = await store.listDecisionAudit(decision.id);
    const again = store.resolveException({ ...resolved, id: decision.id, value: "Working", acceptedSystem: null, by: "sam", note: null, at: NOW, auditEntries: [] });
    await expect(again).rejects.toThrow(`Exception ${decision.id} is not open`);
    await store.close();

    expect(resolved.status).toBe("resolved");
    expect(resolved.resolvedBy).toBe("dana.reyes@example.com");
    expect(resolved.resolvedAt).toBe("2026-12-04T13:30:00.000Z");
    expect(resolved.resolvedValue).toBe("Contacted");
    expect(audit.map((entry) => entry.seq)).toEqual([0, 1, 2]);
    expect(audit[2]?.actor).toBe("dana.reyes@example.com");
    expect(audit[2]?.note).toBe("The rep confirmed the call.");
  });

  it("keeps a resolved exception closed on re-ingestion", async () => {
    const { store } = await openFresh(engine);
    const decision = makeDecision({ index: 1, outcome: "review" });
    await store.recordDecisions([decision], NOW);
    await store.resolveException({ id: decision.id, value: "New", acceptedSystem: null, by: "dana", note: null, at: NOW, auditEntries: [] });
    await store.recordDecisions([decision], NOW);
    const exception = await store.getException(decision.id);
    await store.close();

    expect(exception?.status).toBe("resolved");
  });

  it("exports audit entries by time, field and record", async () => {
    const { store } = await openFresh(engine);
    await store.recordDecisions(
      [
        makeDecision({ index: 1, at: "2026-11-01T00:00:00Z" }),
        makeDecision({ index: 2, at: "2026-12-01T00:00:00Z", field: "leadOwner", proposals: { crm: "a@example.com" } }),
        makeDecision({ index: 3, at: "2026-12-02T00:00:00Z" }),
      ],
      NOW,
    );
    const since = await collect(store.exportAudit({ since: "2026-12-01T00:00:00Z" }));
    const byField = await collect(store.exportAudit({ field: "leadOwner" }));
    const byRecord = await collect(store.exportAudit({ record: "00Q5f000001Rec000003" }));
    await store.close();

    expect(since.map((entry) => entry.at)).toEqual(["2026-12-01T00:00:00.000Z", "2026-12-02T00:00:00.000Z", "2026-12-02T00:00:00.000Z"]);
    expect(byField.map((entry) => entry.newValue)).toEqual(["a@example.com"]);
    expect(byRecord.map((entry) => entry.system)).toEqual(["crm", "map"]);
  });

  it("exports more entries than one page", async () => {
    const { store } = await openFresh(engine);
    await recordInBatches(store, makeDecisions(1, 700), { now: NOW });
    const entries = await collect(store.exportAudit({}));
    await store.close();

    expect(entries).toHaveLength(1400);
    expect(new Set(entries.map((entry) => `${entry.decisionId}/${entry.seq}`)).size).toBe(1400);
  });

  it("purges exactly what the retention says", async () => {
    const policy = await loadLeadPolicy();
    const { store } = await openFresh(engine);
    const cutoffs = planPurge(policy, NOW);
    const leadStatusCutoff = cutoffs.find((cutoff) => cutoff.field === "leadStatus")?.before ?? "";
    const justBefore = new Date(Date.parse(leadStatusCutoff) - 1).toISOString();
    const justAfter = new Date(Date.parse(leadStatusCutoff) + 1).toISOString();

    await store.recordDecisions(
      [
        makeDecision({ index: 1, at: justBefore }),
        makeDecision({ index: 2, at: leadStatusCutoff }),
        makeDecision({ index: 3, at: justAfter }),
        makeDecision({ index: 4, at: "2020-01-01T00:00:00Z", field: "retiredField" }),
      ],
      NOW,
    );
    const dryRun = await store.purgeAudit(cutoffs, true);
    const afterDryRun = await store.countRows();
    const purged = await store.purgeAudit(cutoffs, false);
    const kept = await collect(store.exportAudit({}));
    await store.close();

    expect(dryRun.find((count) => count.field === "leadStatus")?.entries).toBe(2);
    expect(afterDryRun.auditEntries).toBe(8);
    expect(purged.find((count) => count.field === "leadStatus")?.entries).toBe(2);
    expect(kept.map((entry) => entry.decisionId).filter((id, index, ids) => ids.indexOf(id) === index)).toEqual([
      "dec-retiredField-00Q5f000001Rec000004-4",
      "dec-leadStatus-00Q5f000001Rec000002-2",
      "dec-leadStatus-00Q5f000001Rec000003-3",
    ]);
  });

  it("keeps entries of open exceptions past retention", async () => {
    const policy = await loadLeadPolicy();
    const { store } = await openFresh(engine);
    const old = "2026-01-01T00:00:00.000Z";
    await store.recordDecisions(
      [makeDecision({ index: 1, at: old, outcome: "review" }), makeDecision({ index: 2, at: old, outcome: "review" })],
      NOW,
    );
    await store.resolveException({ id: "dec-leadStatus-00Q5f000001Rec000002-2", value: "New", acceptedSystem: null, by: "dana", note: null, at: old, auditEntries: [] });
    const purged = await store.purgeAudit(planPurge(policy, NOW), false);
    const kept = await collect(store.exportAudit({}));
    await store.close();

    expect(purged.find((count) => count.field === "leadStatus")?.entries).toBe(2);
    expect(kept.map((entry) => entry.decisionId)).toEqual(["dec-leadStatus-00Q5f000001Rec000001-1", "dec-leadStatus-00Q5f000001Rec000001-1"]);
  });

  it("reports exceptions answered late per queue", async () => {
    const { store } = await openFresh(engine);
    const due = "2026-12-03T22:00:00.000Z";
    await store.recordDecisions(
      [
        makeDecision({ index: 1, outcome: "review", dueBy: due }),
        makeDecision({ index: 2, outcome: "review", dueBy: due }),
        makeDecision({ index: 3, outcome: "review", dueBy: due, queue: "dataQuality" }),
        makeDecision({ index: 4, outcome: "review", dueBy: "2026-12-10T22:00:00.000Z" }),
      ],
      NOW,
    );
    const answer = { value: "New", acceptedSystem: null, note: null, auditEntries: [] };
    await store.resolveException({ ...answer, id: "dec-leadStatus-00Q5f000001Rec000001-1", by: "dana", at: due });
    await store.resolveException({ ...answer, id: "dec-leadStatus-00Q5f000001Rec000002-2", by: "dana", at: "2026-12-04T04:00:00.000Z" });
    const report = summarizeLateness(await store.listLateCandidates(NOW), NOW);
    const revopsOnly = await store.listLateCandidates(NOW, "revops");
    await store.close();

    expect(report.map((queue) => [queue.queue, queue.resolved, queue.resolvedLate, queue.openOverdue])).toEqual([
      ["dataQuality", 0, 0, 1],
      ["revops", 2, 1, 0],
    ]);
    expect(report[1]?.late.map((late) => [late.id, late.hoursLate])).toEqual([["dec-leadStatus-00Q5f000001Rec000002-2", 6]]);
    expect(revopsOnly.every((exception) => exception.queue === "revops")).toBe(true);
  });

  it("records the schema version on open", async () => {
    const { store, location } = await openFresh(engine);
    await store.close();
    await (await openStore(location)).close();
    const versions = await readVersions(engine, location);

    expect(versions).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(versions.at(-1)).toBe(LATEST_VERSION);
  });

  it("upgrades a version 1 store in place", async () => {
    const location = await createStoreLocation(engine, server);
    await runStatements(engine, location, [
      MIGRATIONS_TABLE_SQL,
      ...(MIGRATIONS[0]?.statements ?? []),
      "INSERT INTO schema_migrations (version, description, applied_at) VALUES (1, 'version 1', '2026-11-01T00:00:00.000Z')",
      `INSERT INTO audit_entries (decision_id, seq, record, field, system, actor, old_value_json, new_value_json, at, disposition, reason)
        VALUES ('d_old', 0, '00Q1', 'leadStatus', 'crm', 'rep', '"New"', '"Working"', '2026-11-01T00:00:00.000Z', 'applied', 'systemOfRecord')`,
    ]);

    const store = await openStore(location);
    const entries = await store.listDecisionAudit("d_old");
    await store.recordDecisions([makeDecision({ index: 1, at: "not a time" })], NOW);
    const added = await store.listDecisionAudit(makeDecision({ index: 1 }).id);
    await store.close();

    expect(await readVersions(engine, location)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(entries.map((entry) => [entry.at, entry.invalidEventTime])).toEqual([["2026-11-01T00:00:00.000Z", null]]);
    expect(added.map((entry) => entry.invalidEventTime)).toEqual(["not a time", "not a time"]);
  });

  it("rejects a store with a newer schema", async () => {
    const { store, location } = await openFresh(engine);
    await store.close();
    await addSchemaVersion(engine, location, LATEST_VERSION + 1);

    await expect(openStore(location)).rejects.toThrow(
      `has schema version ${LATEST_VERSION + 1}, but this fieldpolicy supports versions up to ${LATEST_VERSION}`,
    );
  });
});

async function readVersions(engine: string, location: string): Promise<number[]> {
  if (engine === "sqlite") {
    const db = new Database(location, { readonly: true });
    const versions = db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all() as number[];
    db.close();
    return versions;
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  const result = await client.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
  await client.end();
  return result.rows.map((row) => row.version);
}

async function runStatements(engine: string, location: string, statements: readonly string[]): Promise<void> {
  if (engine === "sqlite") {
    const db = new Database(location);
    for (const statement of statements) {
      db.exec(statement);
    }
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  for (const statement of statements) {
    await client.query(statement);
  }
  await client.end();
}

async function addSchemaVersion(engine: string, location: string, version: number): Promise<void> {
  const sql = "INSERT INTO schema_migrations (version, description, applied_at) VALUES (" + version + ", 'from the future', '2030-01-01T00:00:00.000Z')";
  if (engine === "sqlite") {
    const db = new Database(location);
    db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  await client.query(sql);
  await client.end();
}
