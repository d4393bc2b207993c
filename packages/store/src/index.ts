// Public entry of @fieldpolicy/store: the exception queue and audit trail of resolver decisions,
// on a SQLite file (the default) or a PostgreSQL database, with one schema and one interface.

export * from "./store";
export { StoreError } from "./store-error";
export { openStore, DEFAULT_STORE_LOCATION, type OpenStoreOptions } from "./open-store";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite-store";
export { openPostgresStore, redactUrl, type PostgresStoreOptions } from "./postgres-store";
export { LATEST_VERSION, MIGRATIONS, type Migration } from "./migrations";
export { toStoredTime } from "./to-rows";
export {
  createBatchRecorder,
  recordInBatches,
  emptySummary,
  DEFAULT_BATCH_SIZE,
  type BatchRecorder,
  type RecordInBatchesOptions,
} from "./record-in-batches";
export { planPurge } from "./plan-purge";
export { summarizeLateness, type LateException, type QueueLateness } from "./summarize-lateness";
export { formatAuditCsvHeader, formatAuditCsvLine, formatCsvCell, AUDIT_CSV_COLUMNS } from "./format-csv";
export { parseReviewerValue } from "./parse-reviewer-value";
export {
  planResolution,
  REVIEW_REASONS,
  REVIEWER_SYSTEM,
  type DecodeFromSystem,
  type EncodeForSystem,
  type EncodeResult,
  type ResolutionPlan,
  type ReviewAnswer,
} from "./plan-resolution";
export {
  openDecisionRecorder,
  parseBatchSize,
  formatRecordSummary,
  type DecisionRecorder,
  type DecisionRecorderOptions,
} from "./open-decision-recorder";
