// The store on PostgreSQL through `pg`, for teams that run several resolver workers against one
// database. Each batch is one transaction of three multi-row inserts. They unnest column arrays,
// so the parameter count does not grow with the batch. Rows are sorted by key so that concurrent
// workers take row locks in one order, and a deadlock or serialization failure is retried.

import pg from "pg";
import type { Decision } from "@fieldpolicy/core";
import { MIGRATIONS_TABLE_SQL, listPendingMigrations } from "./migrations";
import {
  COUNT_ROWS,
  INSERT_AUDIT_SQL,
  SELECT_AUDIT_FIELDS,
  auditInsertParams,
  countExpiredAudit,
  deleteExpiredAudit,
  readAuditEntry,
  readException,
  selectAuditPage,
  selectDecisionAudit,
  selectException,
  selectExceptions,
  selectLateCandidates,
  selectNextAuditSeq,
  toPostgresPlaceholders,
  updateResolvedException,
  type DatabaseRow,
  type Query,
} from "./queries";
import type {
  AuditFilter,
  DecisionStore,
  ExceptionFilter,
  ExceptionResolution,
  PurgeCount,
  RecordSummary,
  RetentionCutoff,
  StoredAuditEntry,
  StoredException,
} from "./store";
import { StoreError } from "./store-error";
import { toBatchRows } from "./to-rows";

/** Options of a PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Name shown in pg_stat_activity, to tell one worker's connection from another's; default "fieldpolicy". */
  applicationName?: string;
}

// Key of the advisory lock that serializes schema migrations between workers that open at once.
const MIGRATION_LOCK_KEY = 7_305_114_001;

// SQLSTATE codes after which the whole transaction may simply run again.
const RETRYABLE_CODES = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 5;

const INSERT_DECISIONS_SQL = `INSERT INTO decisions (id, record, field, outcome, value_json, source, rule_id, recorded_at)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
  ON CONFLICT DO NOTHING RETURNING id`;

const INSERT_EXCEPTIONS_SQL = `INSERT INTO exceptions (decision_id, record, field, queue, review_trigger, reason, due_by,
  opened_at, interim_value_json, interim_source, interim_writes_json, status)
  SELECT *, 'open' FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::text[], $9::text[], $10::text[], $11::text[])
  ON CONFLICT DO NOTHING`;

const INSERT_AUDIT_ROWS_SQL = `INSERT INTO audit_entries (decision_id, seq, record, field, system, actor, old_value_json,
  new_value_json, at, disposition, reason, note, invalid_event_time)
  SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
  ON CONFLICT DO NOTHING`;

/** Removes the password from a connection URL, so that messages can show it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") {
      parsed.password = "***";
    }
    return parsed.toString();
  } catch {
    return "<invalid URL>";
  }
}

/** Connects to the PostgreSQL store at `url` and applies pending migrations. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<DecisionStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: options.applicationName ?? "fieldpolicy" });
  // An idle connection that the server drops must not crash the process, because the next query
  // opens a new one. The drop is logged once per connection.
  pool.on("error", (error) => {
    process.stderr.write(`fieldpolicy store: an idle PostgreSQL connection to ${redactUrl(url)} failed: ${error.message}\n`);
  });

  const store = new PostgresStore(pool);
  try {
    await store.migrate(redactUrl(url));
  } catch (error) {
    await pool.end();
    if (error instanceof StoreError) {
      throw error;
    }
    throw new StoreError(
      `Cannot open the PostgreSQL store at ${redactUrl(url)}: ${(error as Error).message}. Check that the server runs and the URL, user and database are right.`,
      2,
    );
  }
  return store;
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && RETRYABLE_CODES.has(code);
}

class PostgresStore implements DecisionStore {
  readonly engine = "postgres" as const;

  constructor(private readonly pool: pg.Pool) {}

  private async all(query: Query, client: pg.Pool | pg.PoolClient = this.pool): Promise<DatabaseRow[]> {
    const result = await client.query(toPostgresPlaceholders(query.sql), query.params);
    return result.rows as DatabaseRow[];
  }

  /** Runs `work` in one transaction, again from the start when PostgreSQL reports a deadlock. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.pool.connect();
      // A connection whose ROLLBACK failed is broken, so it is destroyed instead of reused.
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) {
          throw error;
        }
      } finally {
        client.release(broken);
      }
    }
  }

  async migrate(location: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      await client.query(MIGRATIONS_TABLE_SQL);
      const applied = await client.query<{ version: number }>("SELECT version FROM schema_migrations");

      for (const migration of listPendingMigrations(applied.rows.map((row) => row.version), location)) {
        for (const statement of migration.statements) {
          await client.query(statement);
        }
        await client.query("INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)", [
          migration.version,
          migration.description,
          new Date().toISOString(),
        ]);
      }
    });
  }

  async recordDecisions(decisions: readonly Decision[], now: string): Promise<RecordSummary> {
    const rows = toBatchRows(decisions, now);
    const summary: RecordSummary = { decisions: 0, duplicateDecisions: 0, exceptions: 0, auditEntries: 0, skippedErrors: rows.skippedErrors };
    if (rows.decisions.length === 0) {
      return summary;
    }

    return this.transaction(async (client) => {
      const decisionRows = rows.decisions;
      const inserted = await client.query<{ id: string }>(INSERT_DECISIONS_SQL, [
        decisionRows.map((row) => row.id),
        decisionRows.map((row) => row.record),
        decisionRows.map((row) => row.field),
        decisionRows.map((row) => row.outcome),
        decisionRows.map((row) => row.valueJson),
        decisionRows.map((row) => row.source),
        decisionRows.map((row) => row.ruleId),
        decisionRows.map((row) => row.recordedAt),
      ]);

      // Only decisions new to the store bring their exception and audit entries, as in SQLite.
      const newIds = new Set(inserted.rows.map((row) => row.id));
      const exceptionRows = rows.exceptions.filter((row) => newIds.has(row.decisionId));
      const auditRows = rows.audit.filter((row) => newIds.has(row.decisionId));

      const exceptions = exceptionRows.length === 0 ? { rowCount: 0 } : await client.query(INSERT_EXCEPTIONS_SQL, [
        exceptionRows.map((row) => row.decisionId),
        exceptionRows.map((row) => row.record),
        exceptionRows.map((row) => row.field),
        exceptionRows.map((row) => row.queue),
        exceptionRows.map((row) => row.trigger),
        exceptionRows.map((row) => row.reason),
        exceptionRows.map((row) => row.dueBy),
        exceptionRows.map((row) => row.openedAt),
        exceptionRows.map((row) => row.interimValueJson),
        exceptionRows.map((row) => row.interimSource),
        exceptionRows.map((row) => row.interimWritesJson),
      ]);

      const audit = auditRows.length === 0 ? { rowCount: 0 } : await client.query(INSERT_AUDIT_ROWS_SQL, [
        auditRows.map((row) => row.decisionId),
        auditRows.map((row) => row.seq),
        auditRows.map((row) => row.record),
        auditRows.map((row) => row.field),
        auditRows.map((row) => row.system),
        auditRows.map((row) => row.actor),
        auditRows.map((row) => row.oldValueJson),
        auditRows.map((row) => row.newValueJson),
        auditRows.map((row) => row.at),
        auditRows.map((row) => row.disposition),
        auditRows.map((row) => row.reason),
        auditRows.map((row) => row.note),
        auditRows.map((row) => row.invalidEventTime),
      ]);

      return {
        ...summary,
        decisions: newIds.size,
        duplicateDecisions: decisionRows.length - newIds.size,
        exceptions: exceptions.rowCount ?? 0,
        auditEntries: audit.rowCount ?? 0,
      };
    });
  }

  async listExceptions(filter: ExceptionFilter): Promise<StoredException[]> {
    return (await this.all(selectExceptions(filter))).map(readException);
  }

  async getException(id: string): Promise<StoredException | null> {
    const row = (await this.all(selectException(id)))[0];
    return row === undefined ? null : readException(row);
  }

  async listDecisionAudit(decisionId: string): Promise<StoredAuditEntry[]> {
    return (await this.all(selectDecisionAudit(decisionId))).map(readAuditEntry);
  }

  async resolveException(resolution: ExceptionResolution): Promise<StoredException> {
    await this.transaction(async (client) => {
      const update = updateResolvedException(resolution.id, {
        at: resolution.at,
        by: resolution.by,
        valueJson: JSON.stringify(resolution.value ?? null),
        acceptedSystem: resolution.acceptedSystem,
        note: resolution.note,
      });
      // The row lock of the UPDATE makes a concurrent second resolution wait, then find the exception closed.
      const updated = await client.query(toPostgresPlaceholders(update.sql), update.params);
      if (updated.rowCount === 0) {
        throw new StoreError(`Exception ${resolution.id} is not open: it was resolved already or does not exist. Run \`fieldpolicy queue show ${resolution.id}\`.`);
      }

      const next = (await this.all(selectNextAuditSeq(resolution.id), client))[0];
      let seq = Number(next?.["next"] ?? 0);
      for (const entry of resolution.auditEntries) {
        await client.query(toPostgresPlaceholders(INSERT_AUDIT_SQL), auditInsertParams({ ...entry, seq }));
        seq += 1;
      }
    });

    const stored = await this.getException(resolution.id);
    if (stored === null) {
      throw new StoreError(`Exception ${resolution.id} vanished after it was resolved.`, 2);
    }
    return stored;
  }

  async *exportAudit(filter: AuditFilter): AsyncIterable<StoredAuditEntry> {
    let after: StoredAuditEntry | null = null;

    for (;;) {
      const page: StoredAuditEntry[] = (await this.all(selectAuditPage(filter, after))).map(readAuditEntry);
      yield* page;
      const last: StoredAuditEntry | undefined = page[page.length - 1];
      if (last === undefined) {
        return;
      }
      after = last;
    }
  }

  async purgeAudit(cutoffs: readonly RetentionCutoff[], dryRun: boolean): Promise<PurgeCount[]> {
    return this.transaction(async (client) => {
      const counts: PurgeCount[] = [];

      for (const cutoff of cutoffs) {
        let entries: number;
        if (dryRun) {
          entries = Number((await this.all(countExpiredAudit(cutoff.field, cutoff.before), client))[0]?.["n"] ?? 0);
        } else {
          const query = deleteExpiredAudit(cutoff.field, cutoff.before);
          entries = (await client.query(toPostgresPlaceholders(query.sql), query.params)).rowCount ?? 0;
        }
        counts.push({ field: cutoff.field, before: cutoff.before, entries });
      }
      return counts;
    });
  }

  async listAuditFields(): Promise<string[]> {
    return (await this.pool.query<{ field: string }>(SELECT_AUDIT_FIELDS)).rows.map((row) => row.field);
  }

  async listLateCandidates(now: string, queue?: string): Promise<StoredException[]> {
    return (await this.all(selectLateCandidates(now, queue))).map(readException);
  }

  async countRows(): Promise<{ decisions: number; exceptions: number; auditEntries: number }> {
    const row = (await this.pool.query(COUNT_ROWS)).rows[0] as DatabaseRow;
    return { decisions: Number(row["decisions"]), exceptions: Number(row["exceptions"]), auditEntries: Number(row["audit_entries"]) };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
