// The store's contract: what the exception queue and the audit trail keep, and the operations
// both engines (SQLite and PostgreSQL) implement with the same schema and the same semantics.

import type { Decision, Disposition, Write } from "@fieldpolicy/core";

/** The database behind a store. */
export type StoreEngine = "sqlite" | "postgres";

/** Counts of one recorded batch; duplicates are decisions that were stored already. */
export interface RecordSummary {
  decisions: number;
  duplicateDecisions: number;
  exceptions: number;
  auditEntries: number;
  /** Decisions with outcome `error`, which carry no audit entries and are not stored. */
  skippedErrors: number;
}

/** Whether a person has answered an exception. */
export type ExceptionStatus = "open" | "resolved";

/** An exception: a decision with outcome `review` waiting in a queue, or answered there. */
export interface StoredException {
  /** The decision id, which is also the exception id. */
  id: string;
  record: string;
  field: string;
  queue: string;
  trigger: string;
  reason: string;
  /** ISO 8601 in UTC, as the runtime computed it in the queue's calendar. */
  dueBy: string;
  /** When the store recorded the exception, ISO 8601 in UTC. */
  openedAt: string;
  /** The canonical value the systems hold while the exception waits. */
  interimValue: unknown;
  /** Origin of the interim value: a system name or `base`. */
  interimSource: string;
  /** The writes the decision asked for while it waits, in each system's encoding. */
  interimWrites: Write[];
  status: ExceptionStatus;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The canonical value the person chose. */
  resolvedValue: unknown;
  /** The system whose value the person accepted, or null when the person typed a value. */
  acceptedSystem: string | null;
  note: string | null;
}

/** One stored audit entry: the runtime's entry plus its place in the decision and an optional note. */
export interface StoredAuditEntry {
  decisionId: string;
  /** Position of the entry within its decision; entries a review adds come after the runtime's. */
  seq: number;
  record: string;
  field: string;
  system: string;
  actor: string;
  oldValue: unknown;
  newValue: unknown;
  /**
   * Event time of the change, ISO 8601 in UTC. When the change sent an invalid time, this is the
   * time the store recorded the entry instead, and `invalidEventTime` contains the text as sent.
   */
  at: string;
  disposition: Disposition;
  reason: string;
  note: string | null;
  /** The event time as the change sent it, when it is not a valid time (reason `invalidTime`); else null. */
  invalidEventTime: string | null;
}

/** Filter of `listExceptions`. */
export interface ExceptionFilter {
  queue?: string;
  status?: ExceptionStatus;
  /** Only open exceptions whose `dueBy` lies before this time (ISO 8601). */
  overdueAt?: string;
}

/** Filter of `exportAudit`; every part narrows the result. */
export interface AuditFilter {
  /** Entries with `at` at or after this time (ISO 8601). */
  since?: string;
  field?: string;
  record?: string;
}

/** A person's answer to an exception, already checked against the policy. */
export interface ExceptionResolution {
  id: string;
  value: unknown;
  acceptedSystem: string | null;
  by: string;
  note: string | null;
  /** ISO 8601 in UTC. */
  at: string;
  /** Audit entries to append after the decision's own entries (their `seq` is assigned by the store). */
  auditEntries: Omit<StoredAuditEntry, "seq" | "invalidEventTime">[];
}

/** The age limit of one field's audit entries: entries with `at` strictly before `before` go. */
export interface RetentionCutoff {
  field: string;
  /** ISO 8601 in UTC. */
  before: string;
}

/** Audit entries past their field's retention, per field. */
export interface PurgeCount {
  field: string;
  before: string;
  entries: number;
}


/**
 * The exception queue and audit trail on one database. Every method that writes runs in one
 * transaction, so a failure or a killed process leaves the store as it was before the call.
 */
export interface DecisionStore {
  readonly engine: StoreEngine;

  /**
   * Records a batch of decisions in one transaction: a decision row, its audit entries, and an
   * exception when the outcome is `review`. Rows already stored (same decision id) are skipped,
   * so recording the same decisions twice stores them once. `now` stamps the new exceptions.
   */
  recordDecisions(decisions: readonly Decision[], now: string): Promise<RecordSummary>;

  listExceptions(filter: ExceptionFilter): Promise<StoredException[]>;
  getException(id: string): Promise<StoredException | null>;
  /** Audit entries of one decision, in `seq` order. */
  listDecisionAudit(decisionId: string): Promise<StoredAuditEntry[]>;

  /** Closes an open exception and appends its audit entries; fails when it is not open. */
  resolveException(resolution: ExceptionResolution): Promise<StoredException>;

  /** Audit entries in (`at`, decision id, `seq`) order, read page by page. */
  exportAudit(filter: AuditFilter): AsyncIterable<StoredAuditEntry>;

  /** Counts, and unless `dryRun` deletes, the audit entries of each field older than its cutoff. */
  purgeAudit(cutoffs: readonly RetentionCutoff[], dryRun: boolean): Promise<PurgeCount[]>;

  /** Fields that have audit entries, to find entries of fields the policy no longer declares. */
  listAuditFields(): Promise<string[]>;

  /** Exceptions that are answered, or open and past `dueBy` at `now`, optionally of one queue. */
  listLateCandidates(now: string, queue?: string): Promise<StoredException[]>;

  /** Count of stored decisions and audit entries, for checks after a load. */
  countRows(): Promise<{ decisions: number; exceptions: number; auditEntries: number }>;

  close(): Promise<void>;
}
