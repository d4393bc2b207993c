import type { Decision } from "@fieldpolicy/core";
import { openStore } from "./open-store";
import { redactUrl } from "./postgres-store";
import { createBatchRecorder, DEFAULT_BATCH_SIZE } from "./record-in-batches";
import type { RecordSummary } from "./store";
import { StoreError } from "./store-error";

/** Records a resolver's decisions into a store as they come, a batch per transaction. */
export interface DecisionRecorder {
  add(decision: Decision): Promise<void>;
  /** Records the last, partial batch and returns the totals. */
  finish(): Promise<RecordSummary>;
  /** Closes the store; call it also when resolving failed. Calling it twice is harmless. */
  close(): Promise<void>;
}

/** Options of `openDecisionRecorder`. */
export interface DecisionRecorderOptions {
  /** Decisions per transaction; default 500. */
  batchSize?: number;
  /** Time that stamps new exceptions, ISO 8601; default the wall clock at each batch. */
  now?: string;
}

/** Parses a `--batch-size` option: a whole number of decisions, 1 or more. */
export function parseBatchSize(text: string | undefined): number {
  if (text === undefined) {
    return DEFAULT_BATCH_SIZE;
  }
  const size = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(size) || size < 1) {
    throw new StoreError(`--batch-size ${JSON.stringify(text)} is invalid: expected a whole number of decisions, 1 or more, such as 500.`, 2);
  }
  return size;
}

/**
 * Opens the store at `location` (a SQLite path or a postgres:// URL, created or migrated as
 * needed) and returns a recorder for `fieldpolicy resolve --store`.
 */
export async function openDecisionRecorder(location: string, options: DecisionRecorderOptions = {}): Promise<DecisionRecorder> {
  const store = await openStore(location);
  const recorder = createBatchRecorder(store, {
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  let closed = false;

  return {
    add: (decision) => recorder.add(decision),
    finish: () => recorder.finish(),
    async close(): Promise<void> {
      if (!closed) {
        closed = true;
        await store.close();
      }
    },
  };
}

/** Formats a summary as one line for standard error, without the password of a store URL. */
export function formatRecordSummary(summary: RecordSummary, location: string): string {
  const shown = /^postgres(ql)?:\/\//i.test(location) ? redactUrl(location) : location;
  return (
    `Stored ${summary.decisions} new decisions (${summary.exceptions} exceptions, ${summary.auditEntries} audit entries) in ${shown}; ` +
    `${summary.duplicateDecisions} were stored already and ${summary.skippedErrors} error decisions were not stored.`
  );
}
