// SQL both engines run unchanged, written with `?` placeholders; the PostgreSQL store numbers
// them ($1, $2, …) with `toPostgresPlaceholders`. Rows come back with snake_case columns and
// are turned into the store's types by the readers below.

import type { Disposition, Write } from "@fieldpolicy/core";
import type { AuditFilter, ExceptionFilter, ExceptionStatus, StoredAuditEntry, StoredException } from "./store";
import { decodeJson, normalizeTime } from "./to-rows";

/** A statement with its parameters. */
export interface Query {
  sql: string;
  params: unknown[];
}

/** Rows per page when audit entries are read out. */
export const EXPORT_PAGE_SIZE = 1000;

/** Rewrites `?` placeholders as PostgreSQL's `$1`, `$2`, …; the shared SQL has no other `?`. */
export function toPostgresPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

const EXCEPTION_COLUMNS = `decision_id, record, field, queue, review_trigger, reason, due_by, opened_at,
  interim_value_json, interim_source, interim_writes_json, status, resolved_at, resolved_by, resolved_value_json,
  accepted_system, note`;

const AUDIT_COLUMNS = `decision_id, seq, record, field, system, actor, old_value_json, new_value_json,
  at, disposition, reason, note, invalid_event_time`;

// Every time a caller passes is normalized like the stored ones, because the store compares
// times as text: "…T00:00:00Z" sorts after "…T00:00:00.000Z" although both are the same instant.

/** Selects exceptions by queue, status and due time, oldest due first. */
export function selectExceptions(filter: ExceptionFilter): Query {
  const conditions: string[] = [];
  const params: unknown[] = [];

  if (filter.queue !== undefined) {
    conditions.push("queue = ?");
    params.push(filter.queue);
  }
  if (filter.status !== undefined) {
    conditions.push("status = ?");
    params.push(filter.status);
  }
  if (filter.overdueAt !== undefined) {
    conditions.push("status = 'open' AND due_by < ?");
    params.push(normalizeTime(filter.overdueAt, "the overdue time"));
  }

  const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
  return { sql: `SELECT ${EXCEPTION_COLUMNS} FROM exceptions ${where} ORDER BY due_by, decision_id`, params };
}

/** Selects one exception by id. */
export function selectException(id: string): Query {
  return { sql: `SELECT ${EXCEPTION_COLUMNS} FROM exceptions WHERE decision_id = ?`, params: [id] };
}

/** Selects the audit entries of one decision. */
export function selectDecisionAudit(decisionId: string): Query {
  return { sql: `SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE decision_id = ? ORDER BY seq`, params: [decisionId] };
}

/** Selects the page of audit entries after `after` (the last entry of the previous page). */
export function selectAuditPage(filter: AuditFilter, after: StoredAuditEntry | null): Query {
  const conditions: string[] = [];
  const params: unknown[] = [];

  if (filter.since !== undefined) {
    conditions.push("at >= ?");
    params.push(normalizeTime(filter.since, "the since time"));
  }
  if (filter.field !== undefined) {
    conditions.push("field = ?");
    params.push(filter.field);
  }
  if (filter.record !== undefined) {
    conditions.push("record = ?");
    params.push(filter.record);
  }
  if (after !== null) {
    conditions.push("(at, decision_id, seq) > (?, ?, ?)");
    params.push(after.at, after.decisionId, after.seq);
  }

  const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
  return {
    sql: `SELECT ${AUDIT_COLUMNS} FROM audit_entries ${where} ORDER BY at, decision_id, seq LIMIT ${EXPORT_PAGE_SIZE}`,
    params,
  };
}

// Entries of an exception that still waits for a person are kept past retention: the person needs
// them to decide, and `queue resolve --accept` reads the proposed values from them.
const NOT_OPEN_EXCEPTION = `AND NOT EXISTS (SELECT 1 FROM exceptions
  WHERE exceptions.decision_id = audit_entries.decision_id AND exceptions.status = 'open')`;

/** Counts a field's audit entries older than `before`. */
export function countExpiredAudit(field: string, before: string): Query {
  return {
    sql: `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM audit_entries WHERE field = ? AND at < ? ${NOT_OPEN_EXCEPTION}`,
    params: [field, normalizeTime(before, `the retention cutoff of ${field}`)],
  };
}

/** Deletes a field's audit entries older than `before`. */
export function deleteExpiredAudit(field: string, before: string): Query {
  return {
    sql: `DELETE FROM audit_entries WHERE field = ? AND at < ? ${NOT_OPEN_EXCEPTION}`,
    params: [field, normalizeTime(before, `the retention cutoff of ${field}`)],
  };
}

/** Selects each field that has audit entries. */
export const SELECT_AUDIT_FIELDS = "SELECT DISTINCT field FROM audit_entries ORDER BY field";

/** Selects what the late report needs: every answered or overdue exception, optionally of one queue. */
export function selectLateCandidates(now: string, queue: string | undefined): Query {
  const queueCondition = queue === undefined ? "" : "AND queue = ?";
  const params: unknown[] = [normalizeTime(now, "the report time")];
  if (queue !== undefined) {
    params.push(queue);
  }
  return {
    sql: `SELECT ${EXCEPTION_COLUMNS} FROM exceptions
      WHERE (status = 'resolved' OR due_by < ?) ${queueCondition}
      ORDER BY queue, due_by, decision_id`,
    params,
  };
}

/** Counts the rows of each table. */
export const COUNT_ROWS = `SELECT
  (SELECT CAST(COUNT(*) AS INTEGER) FROM decisions) AS decisions,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM exceptions) AS exceptions,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM audit_entries) AS audit_entries`;

/** Closes an open exception; affects no row when the exception is not open. */
export function updateResolvedException(
  id: string,
  fields: { at: string; by: string; valueJson: string; acceptedSystem: string | null; note: string | null },
): Query {
  return {
    sql: `UPDATE exceptions SET status = 'resolved', resolved_at = ?, resolved_by = ?, resolved_value_json = ?,
      accepted_system = ?, note = ? WHERE decision_id = ? AND status = 'open'`,
    params: [normalizeTime(fields.at, "the resolution time"), fields.by, fields.valueJson, fields.acceptedSystem, fields.note, id],
  };
}

/** Selects the next free `seq` of a decision's audit entries. */
export function selectNextAuditSeq(decisionId: string): Query {
  return {
    sql: "SELECT CAST(COALESCE(MAX(seq), -1) + 1 AS INTEGER) AS next FROM audit_entries WHERE decision_id = ?",
    params: [decisionId],
  };
}

/** Inserts one audit entry, skipping it when its key is stored already. */
export const INSERT_AUDIT_SQL = `INSERT INTO audit_entries (${AUDIT_COLUMNS})
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;

/** A row as the database returns it. */
export type DatabaseRow = Record<string, unknown>;

function readText(row: DatabaseRow, column: string): string {
  return String(row[column]);
}

function readNullableText(row: DatabaseRow, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
}

/** Reads an `exceptions` row. */
export function readException(row: DatabaseRow): StoredException {
  return {
    id: readText(row, "decision_id"),
    record: readText(row, "record"),
    field: readText(row, "field"),
    queue: readText(row, "queue"),
    trigger: readText(row, "review_trigger"),
    reason: readText(row, "reason"),
    dueBy: readText(row, "due_by"),
    openedAt: readText(row, "opened_at"),
    interimValue: decodeJson(readText(row, "interim_value_json")),
    interimSource: readText(row, "interim_source"),
    interimWrites: decodeJson(readText(row, "interim_writes_json")) as Write[],
    status: readText(row, "status") as ExceptionStatus,
    resolvedAt: readNullableText(row, "resolved_at"),
    resolvedBy: readNullableText(row, "resolved_by"),
    resolvedValue: decodeJson(readNullableText(row, "resolved_value_json")),
    acceptedSystem: readNullableText(row, "accepted_system"),
    note: readNullableText(row, "note"),
  };
}

/** Reads an `audit_entries` row. */
export function readAuditEntry(row: DatabaseRow): StoredAuditEntry {
  return {
    decisionId: readText(row, "decision_id"),
    seq: Number(row["seq"]),
    record: readText(row, "record"),
    field: readText(row, "field"),
    system: readText(row, "system"),
    actor: readText(row, "actor"),
    oldValue: decodeJson(readText(row, "old_value_json")),
    newValue: decodeJson(readText(row, "new_value_json")),
    at: readText(row, "at"),
    disposition: readText(row, "disposition") as Disposition,
    reason: readText(row, "reason"),
    note: readNullableText(row, "note"),
    invalidEventTime: readNullableText(row, "invalid_event_time"),
  };
}

/**
 * Returns the parameters of INSERT_AUDIT_SQL for one entry that a person's resolution of an
 * exception adds. Its time is the resolution's time, which must be valid, so it has no invalid
 * event time.
 */
export function auditInsertParams(entry: Omit<StoredAuditEntry, "invalidEventTime">): unknown[] {
  return [
    entry.decisionId,
    entry.seq,
    entry.record,
    entry.field,
    entry.system,
    entry.actor,
    JSON.stringify(entry.oldValue ?? null),
    JSON.stringify(entry.newValue ?? null),
    normalizeTime(entry.at, `audit entry ${entry.seq} of decision ${entry.decisionId}`),
    entry.disposition,
    entry.reason,
    entry.note,
    null,
  ];
}
