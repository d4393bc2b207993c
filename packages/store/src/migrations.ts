// Versioned schema of the store. Both engines run the same statements: only TEXT and INTEGER
// columns, times as ISO 8601 text in UTC with milliseconds (so text order is time order), and
// values as JSON text. Append new versions; never edit an applied one.

import { StoreError } from "./store-error";

/** One schema version and the statements that create it from the previous version. */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

/** Table of the versions applied to a store, created before any migration runs. */
export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** Every schema version this code supports, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "decisions, exceptions and audit entries",
    statements: [
      `CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        record TEXT NOT NULL,
        field TEXT NOT NULL,
        outcome TEXT NOT NULL,
        value_json TEXT NOT NULL,
        source TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      )`,
      `CREATE TABLE exceptions (
        decision_id TEXT PRIMARY KEY,
        record TEXT NOT NULL,
        field TEXT NOT NULL,
        queue TEXT NOT NULL,
        review_trigger TEXT NOT NULL,
        reason TEXT NOT NULL,
        due_by TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        interim_value_json TEXT NOT NULL,
        interim_source TEXT NOT NULL,
        interim_writes_json TEXT NOT NULL,
        status TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolved_value_json TEXT,
        accepted_system TEXT,
        note TEXT
      )`,
      `CREATE INDEX exceptions_status_queue_due ON exceptions (status, queue, due_by)`,
      `CREATE TABLE audit_entries (
        decision_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        record TEXT NOT NULL,
        field TEXT NOT NULL,
        system TEXT NOT NULL,
        actor TEXT NOT NULL,
        old_value_json TEXT NOT NULL,
        new_value_json TEXT NOT NULL,
        at TEXT NOT NULL,
        disposition TEXT NOT NULL,
        reason TEXT NOT NULL,
        note TEXT,
        PRIMARY KEY (decision_id, seq)
      )`,
      `CREATE INDEX audit_entries_field_at ON audit_entries (field, at)`,
      `CREATE INDEX audit_entries_at ON audit_entries (at, decision_id, seq)`,
      `CREATE INDEX audit_entries_record ON audit_entries (record)`,
    ],
  },
  {
    version: 2,
    description: "event times as sent, when they are not valid times",
    // NULL in every row stored before, because version 1 rejected decisions with such times.
    statements: [`ALTER TABLE audit_entries ADD COLUMN invalid_event_time TEXT`],
  },
];

/** The newest schema version this code supports. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Returns the migrations a store at `appliedVersions` still needs, in order. Raises when the store
 * was written by a newer fieldpolicy, because this code would misread its tables.
 */
export function listPendingMigrations(appliedVersions: readonly number[], location: string): Migration[] {
  const current = Math.max(0, ...appliedVersions);

  if (current > LATEST_VERSION) {
    throw new StoreError(
      `The store at ${location} has schema version ${current}, but this fieldpolicy supports versions up to ${LATEST_VERSION}. ` +
        "Upgrade fieldpolicy to a release that supports this version, or point --store at another store.",
    );
  }

  const applied = new Set(appliedVersions);
  return MIGRATIONS.filter((migration) => !applied.has(migration.version));
}
