import type { Decision } from "@fieldpolicy/core";
import type { DecisionStore, RecordSummary } from "./store";
import { StoreError } from "./store-error";

/** Decisions per transaction when the caller sets no batch size. */
export const DEFAULT_BATCH_SIZE = 500;

/** Options of `recordInBatches`. */
export interface RecordInBatchesOptions {
  /** Decisions per transaction; default 500. */
  batchSize?: number;
  /** Time that stamps new exceptions, ISO 8601 in UTC; default the wall clock at each batch. */
  now?: string;
  /** Called after each committed batch with its summary. */
  onBatch?: (summary: RecordSummary) => void;
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
 * Records a stream of decisions, `batchSize` at a time, each batch in one transaction. When the
 * process dies during a batch, the batches before it are stored and that batch is not, so feeding
 * the same input again completes the store without duplicates.
 */
export async function recordInBatches(
  store: DecisionStore,
  decisions: Iterable<Decision> | AsyncIterable<Decision>,
  options: RecordInBatchesOptions = {},
): Promise<RecordSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new StoreError(`Invalid batch size ${batchSize}: expected a whole number of decisions, 1 or more.`, 2);
  }

  let total: RecordSummary = { decisions: 0, duplicateDecisions: 0, exceptions: 0, auditEntries: 0, skippedErrors: 0 };
  let batch: Decision[] = [];

  const flush = async (): Promise<void> => {
    const summary = await store.recordDecisions(batch, options.now ?? new Date().toISOString());
    total = addSummaries(total, summary);
    options.onBatch?.(summary);
    batch = [];
  };

  for await (const decision of decisions) {
    batch.push(decision);
    if (batch.length >= batchSize) {
      await flush();
    }
  }
  if (batch.length > 0) {
    await flush();
  }
  return total;
}
