import type { Decision } from "@fieldpolicy/core";
import type { DecisionStore, RecordSummary } from "./store";
import { StoreError } from "./store-error";

/** Decisions per transaction when the caller sets no batch size. */
export const DEFAULT_BATCH_SIZE = 500;

/** Options of `createBatchRecorder` and `recordInBatches`. */
export interface RecordInBatchesOptions {
  /** Decisions per transaction; default 500. */
  batchSize?: number;
  /** Time that stamps new exceptions, ISO 8601; default the wall clock at each batch. */
  now?: string;
  /** Called after each committed batch with its summary. */
  onBatch?: (summary: RecordSummary) => void;
}

/** Collects decisions and records them a batch at a time. */
export interface BatchRecorder {
  /** Adds a decision; records the batch, in one transaction, when it is full. */
  add(decision: Decision): Promise<void>;
  /** Records the last, partial batch and returns the totals of every batch. */
  finish(): Promise<RecordSummary>;
}

/** Returns a summary with every count at zero. */
export function emptySummary(): RecordSummary {
  return { decisions: 0, duplicateDecisions: 0, exceptions: 0, auditEntries: 0, skippedErrors: 0 };
}

function addSummaries(total: RecordSummary, batch: RecordSummary): RecordSummary {
  return {
    decisions: total.decisions + batch.decisions,
    duplicateDecisions: total.duplicateDecisions + batch.duplicateDecisions,
    exceptions: total.exceptions + batch.exceptions,
    auditEntries: total.auditEntries + batch.auditEntries,
    skippedErrors: total.skippedErrors + batch.skippedErrors,
  };
}

/**
 * Creates a recorder that writes `batchSize` decisions per transaction. When the process dies
 * during a batch, the batches before it are stored and that batch is not, so feeding the same
 * input again completes the store without duplicates.
 */
export function createBatchRecorder(store: DecisionStore, options: RecordInBatchesOptions = {}): BatchRecorder {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new StoreError(`Invalid batch size ${batchSize}: expected a whole number of decisions, 1 or more.`, 2);
  }

  let total = emptySummary();
  let batch: Decision[] = [];

  const flush = async (): Promise<void> => {
    const summary = await store.recordDecisions(batch, options.now ?? new Date().toISOString());
    total = addSummaries(total, summary);
    batch = [];
    options.onBatch?.(summary);
  };

  return {
    async add(decision: Decision): Promise<void> {
      batch.push(decision);
      if (batch.length >= batchSize) {
        await flush();
      }
    },
    async finish(): Promise<RecordSummary> {
      if (batch.length > 0) {
        await flush();
      }
      return total;
    },
  };
}

/** Records a stream of decisions with a batch recorder and returns the totals. */
export async function recordInBatches(
  store: DecisionStore,
  decisions: Iterable<Decision> | AsyncIterable<Decision>,
  options: RecordInBatchesOptions = {},
): Promise<RecordSummary> {
  const recorder = createBatchRecorder(store, options);
  for await (const decision of decisions) {
    await recorder.add(decision);
  }
  return recorder.finish();
}
