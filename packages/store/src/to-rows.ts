// Turns decisions into the rows the store keeps. Shared by both engines, so that SQLite and
// PostgreSQL store byte-identical values.

import type { AuditEntry, Decision } from "@fieldpolicy/core";
import { formatInstant, parseInstant } from "@fieldpolicy/runtime";
import { StoreError } from "./store-error";

/** A row of the `decisions` table. */
export interface DecisionRow {
  id: string;
  record: string;
  field: string;
  outcome: string;
  valueJson: string;
  source: string;
  ruleId: string;
  recordedAt: string;
}

/** A row of the `exceptions` table as ingestion writes it (open, unanswered). */
export interface ExceptionRow {
  decisionId: string;
  record: string;
  field: string;
  queue: string;
  trigger: string;
  reason: string;
  dueBy: string;
  openedAt: string;
  interimValueJson: string;
  interimSource: string;
  interimWritesJson: string;
}

/** A row of the `audit_entries` table. */
export interface AuditRow {
  decisionId: string;
  seq: number;
  record: string;
  field: string;
  system: string;
  actor: string;
  oldValueJson: string;
  newValueJson: string;
  at: string;
  /** The event time as the change sent it, when it is not a valid time; `at` is then the recording time. */
  invalidEventTime: string | null;
  disposition: string;
  reason: string;
  note: string | null;
}

/** The rows of one batch, each table sorted by key so that concurrent writers lock in one order. */
export interface BatchRows {
  decisions: DecisionRow[];
  exceptions: ExceptionRow[];
  audit: AuditRow[];
  skippedErrors: number;
}

/** Encodes a value as JSON text; `undefined` becomes `null` so that nothing is silently dropped. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Parses JSON text the store wrote. */
export function decodeJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

// The store takes ISO 8601 text only. parseInstant also reads epoch numbers, which no caller
// passes as text, and which would turn a typo such as "20261204" into an instant.
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

/**
 * Converts ISO 8601 text to the one form the store compares as text, UTC with milliseconds, or
 * returns null when it is not a valid time. The runtime's parser rejects dates that do not exist,
 * such as 2026-02-30, where Date.parse would roll them over to another day.
 */
export function toStoredTime(value: string): string | null {
  if (typeof value !== "string" || !ISO_DATE_START.test(value)) {
    return null;
  }
  const millis = parseInstant(value);
  return Number.isNaN(millis) ? null : formatInstant(millis);
}

/**
 * Normalizes a time to ISO 8601 in UTC with milliseconds, the one form the store compares as text.
 * Raises a StoreError naming `place` when the time does not parse.
 */
export function normalizeTime(value: string, place: string): string {
  const time = toStoredTime(value);
  if (time === null) {
    throw new StoreError(`Invalid time ${JSON.stringify(value)} in ${place}: expected ISO 8601, such as 2026-12-04T15:00:00Z.`);
  }
  return time;
}

/**
 * Picks the stored time of an audit entry. The resolver rejects a change whose event time is
 * invalid (reason `invalidTime`) and copies the time into the entry as it was sent. Such an entry
 * is stored at the recording time, so that retention and the export's time order still apply to it,
 * and keeps the text as sent for the auditor. Any other time that does not parse is kept the same way,
 * because one odd entry must not cost the whole decision.
 */
function toAuditTime(entry: AuditEntry, recordedAt: string): { at: string; invalidEventTime: string | null } {
  const at = entry.reason === "invalidTime" ? null : toStoredTime(entry.at);
  return at === null ? { at: recordedAt, invalidEventTime: String(entry.at) } : { at, invalidEventTime: null };
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The rows of one decision, or null for a decision with outcome `error`, which is not stored. */
export interface DecisionRows {
  decision: DecisionRow;
  exception: ExceptionRow | null;
  audit: AuditRow[];
}

/**
 * Builds the rows of one decision. Raises a StoreError when the recording time or the review's due
 * time does not parse, because the runtime computes both, so either means a faulty caller.
 */
export function toDecisionRows(decision: Decision, recordedAt: string): DecisionRows | null {
  const now = normalizeTime(recordedAt, "the recording time");
  if (decision.outcome === "error") {
    return null;
  }

  const decisionRow: DecisionRow = {
    id: decision.id,
    record: decision.record,
    field: decision.field,
    outcome: decision.outcome,
    valueJson: encodeJson(decision.value),
    source: decision.source,
    ruleId: decision.rule.id,
    recordedAt: now,
  };

  let exception: ExceptionRow | null = null;
  if (decision.outcome === "review") {
    if (decision.review === null) {
      throw new StoreError(`Decision ${decision.id} has outcome "review" but no review request, so the resolver that wrote it is faulty.`, 2);
    }
    exception = {
      decisionId: decision.id,
      record: decision.record,
      field: decision.field,
      queue: decision.review.queue,
      trigger: decision.review.trigger,
      reason: decision.review.reason,
      dueBy: normalizeTime(decision.review.dueBy, `review.dueBy of decision ${decision.id}`),
      openedAt: now,
      interimValueJson: encodeJson(decision.value),
      interimSource: decision.source,
      interimWritesJson: encodeJson(decision.writes.map((write) => ({ system: write.system, value: write.value }))),
    };
  }

  const audit = decision.audit.map((entry, seq): AuditRow => ({
    decisionId: decision.id,
    seq,
    record: entry.record,
    field: entry.field,
    system: entry.system,
    actor: entry.actor,
    oldValueJson: encodeJson(entry.oldValue),
    newValueJson: encodeJson(entry.newValue),
    ...toAuditTime(entry, now),
    disposition: entry.disposition,
    reason: entry.reason,
    note: null,
  }));

  return { decision: decisionRow, exception, audit };
}

/**
 * Builds the rows of one batch, each table sorted by key, so that concurrent PostgreSQL writers
 * take row locks in one order. A decision repeated within the batch is kept once.
 */
export function toBatchRows(decisions: readonly Decision[], now: string): BatchRows {
  const rows: BatchRows = { decisions: [], exceptions: [], audit: [], skippedErrors: 0 };
  const seen = new Set<string>();

  for (const decision of decisions) {
    const built = toDecisionRows(decision, now);
    if (built === null) {
      rows.skippedErrors += 1;
      continue;
    }
    if (seen.has(built.decision.id)) {
      continue;
    }
    seen.add(built.decision.id);

    rows.decisions.push(built.decision);
    if (built.exception !== null) {
      rows.exceptions.push(built.exception);
    }
    rows.audit.push(...built.audit);
  }

  rows.decisions.sort((left, right) => compareText(left.id, right.id));
  rows.exceptions.sort((left, right) => compareText(left.decisionId, right.decisionId));
  rows.audit.sort((left, right) => compareText(left.decisionId, right.decisionId) || left.seq - right.seq);
  return rows;
}
