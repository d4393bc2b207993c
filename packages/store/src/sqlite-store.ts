// The store on a SQLite file through better-sqlite3: the default, with nothing to start. WAL mode
// lets readers work while one writer records, and the busy timeout makes concurrent writers (several
// resolver processes on one file) wait for the write lock instead of failing at once.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
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
import { toDecisionRows } from "./to-rows";

/** Options of a SQLite store. */
export interface SqliteStoreOptions {
  /** Milliseconds a writer waits for another writer's lock before failing; default 30000. */
  busyTimeoutMs?: number;
}

const INSERT_DECISION_SQL = `INSERT INTO decisions (id, record, field, outcome, value_json, source, rule_id, recorded_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;

const INSERT_EXCEPTION_SQL = `INSERT INTO exceptions (decision_id, record, field, queue, review_trigger, reason, due_by,
  opened_at, interim_value_json, interim_source, interim_writes_json, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')
  ON CONFLICT DO NOTHING`;

/** Opens (creating when missing) the SQLite store at `path` and applies pending migrations. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): DecisionStore {
  if (path !== ":memory:") {
    mkdirSync(dirname(path), { recursive: true });
  }

  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
  } catch (error) {
    throw new StoreError(`Cannot open the SQLite store at ${path}: ${(error as Error).message}. Check the path and its permissions.`, 2);
  }
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
  // NORMAL is durable against a process crash in WAL mode; only a power loss may lose the last commits.
  db.pragma("synchronous = NORMAL");

  try {
    migrate(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database, path: string): void {
  // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
  const run = db.transaction(() => {
    db.exec(MIGRATIONS_TABLE_SQL);
    const applied = db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[];

    for (const migration of listPendingMigrations(applied, path)) {
      for (const statement of migration.statements) {
        db.exec(statement);
      }
      db.prepare("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.description,
        new Date().toISOString(),
      );
    }
  });
  run.immediate();
}

class SqliteStore implements DecisionStore {
  readonly engine = "sqlite" as const;

  constructor(private readonly db: Database.Database) {}

  private all(query: Query): DatabaseRow[] {
    return this.db.prepare(query.sql).all(...query.params) as DatabaseRow[];
  }

  async recordDecisions(decisions: readonly Decision[], now: string): Promise<RecordSummary> {
    const insertDecision = this.db.prepare(INSERT_DECISION_SQL);
    const insertException = this.db.prepare(INSERT_EXCEPTION_SQL);
    const insertAudit = this.db.prepare(INSERT_AUDIT_SQL);

    // Rows are built inside the transaction, one decision at a time, so a bad decision anywhere in
    // the batch rolls back the whole batch.
    const record = this.db.transaction((): RecordSummary => {
      const summary: RecordSummary = { decisions: 0, duplicateDecisions: 0, exceptions: 0, auditEntries: 0, skippedErrors: 0 };

      for (const decision of decisions) {
        const rows = toDecisionRows(decision, now);
        if (rows === null) {
          summary.skippedErrors += 1;
          continue;
        }

        const row = rows.decision;
        const inserted = insertDecision.run(row.id, row.record, row.field, row.outcome, row.valueJson, row.source, row.ruleId, row.recordedAt);
        if (inserted.changes === 0) {
          summary.duplicateDecisions += 1;
          continue;
        }
        summary.decisions += 1;

        const exception = rows.exception;
        if (exception !== null) {
          summary.exceptions += insertException.run(
            exception.decisionId,
            exception.record,
            exception.field,
            exception.queue,
            exception.trigger,
            exception.reason,
            exception.dueBy,
            exception.openedAt,
            exception.interimValueJson,
            exception.interimSource,
            exception.interimWritesJson,
          ).changes;
        }

        for (const audit of rows.audit) {
          summary.auditEntries += insertAudit.run(
            audit.decisionId,
            audit.seq,
            audit.record,
            audit.field,
            audit.system,
            audit.actor,
            audit.oldValueJson,
            audit.newValueJson,
            audit.at,
            audit.disposition,
            audit.reason,
            audit.note,
            audit.invalidEventTime,
          ).changes;
        }
      }
      return summary;
    });

    return record.immediate();
  }

  async listExceptions(filter: ExceptionFilter): Promise<StoredException[]> {
    return this.all(selectExceptions(filter)).map(readException);
  }

  async getException(id: string): Promise<StoredException | null> {
    const row = this.all(selectException(id))[0];
    return row === undefined ? null : readException(row);
  }

  async listDecisionAudit(decisionId: string): Promise<StoredAuditEntry[]> {
    return this.all(selectDecisionAudit(decisionId)).map(readAuditEntry);
  }

  async resolveException(resolution: ExceptionResolution): Promise<StoredException> {
    const resolve = this.db.transaction(() => {
      const update = updateResolvedException(resolution.id, {
        at: resolution.at,
        by: resolution.by,
        valueJson: JSON.stringify(resolution.value ?? null),
        acceptedSystem: resolution.acceptedSystem,
        note: resolution.note,
      });
      if (this.db.prepare(update.sql).run(...update.params).changes === 0) {
        throw new StoreError(`Exception ${resolution.id} is not open: it was resolved already or does not exist. Run \`fieldpolicy queue show ${resolution.id}\`.`);
      }

      const next = this.all(selectNextAuditSeq(resolution.id))[0];
      let seq = Number(next?.["next"] ?? 0);
      const insertAudit = this.db.prepare(INSERT_AUDIT_SQL);
      for (const entry of resolution.auditEntries) {
        insertAudit.run(...auditInsertParams({ ...entry, seq }));
        seq += 1;
      }
    });
    resolve.immediate();

    const stored = await this.getException(resolution.id);
    if (stored === null) {
      throw new StoreError(`Exception ${resolution.id} vanished after it was resolved.`, 2);
    }
    return stored;
  }

  async *exportAudit(filter: AuditFilter): AsyncIterable<StoredAuditEntry> {
    let after: StoredAuditEntry | null = null;

    for (;;) {
      const page: StoredAuditEntry[] = this.all(selectAuditPage(filter, after)).map(readAuditEntry);
      yield* page;
      const last: StoredAuditEntry | undefined = page[page.length - 1];
      if (last === undefined) {
        return;
      }
      after = last;
    }
  }

  async purgeAudit(cutoffs: readonly RetentionCutoff[], dryRun: boolean): Promise<PurgeCount[]> {
    const purge = this.db.transaction(() =>
      cutoffs.map((cutoff): PurgeCount => {
        const query = dryRun ? countExpiredAudit(cutoff.field, cutoff.before) : deleteExpiredAudit(cutoff.field, cutoff.before);
        const entries = dryRun
          ? Number(this.all(query)[0]?.["n"] ?? 0)
          : this.db.prepare(query.sql).run(...query.params).changes;
        return { field: cutoff.field, before: cutoff.before, entries };
      }),
    );
    return purge.immediate();
  }

  async listAuditFields(): Promise<string[]> {
    return this.db.prepare(SELECT_AUDIT_FIELDS).pluck().all() as string[];
  }

  async listLateCandidates(now: string, queue?: string): Promise<StoredException[]> {
    return this.all(selectLateCandidates(now, queue)).map(readException);
  }

  async countRows(): Promise<{ decisions: number; exceptions: number; auditEntries: number }> {
    const row = this.db.prepare(COUNT_ROWS).get() as DatabaseRow;
    return { decisions: Number(row["decisions"]), exceptions: Number(row["exceptions"]), auditEntries: Number(row["audit_entries"]) };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
