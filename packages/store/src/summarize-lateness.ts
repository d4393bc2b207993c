import type { StoredException } from "./store";

/** An exception answered after its due time, or still open past it. */
export interface LateException {
  id: string;
  record: string;
  field: string;
  dueBy: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** Hours from `dueBy` to the answer, or to `now` for an open exception. */
  hoursLate: number;
}

/** Response-time record of one queue. */
export interface QueueLateness {
  queue: string;
  resolved: number;
  resolvedLate: number;
  openOverdue: number;
  late: LateException[];
}

const HOUR_MS = 3_600_000;

/**
 * Groups answered and overdue exceptions by queue. An answer exactly at `dueBy` is on time; one
 * after it is late, however little.
 */
export function summarizeLateness(candidates: readonly StoredException[], now: string): QueueLateness[] {
  const byQueue = new Map<string, QueueLateness>();
  const nowMs = Date.parse(now);

  for (const exception of candidates) {
    let summary = byQueue.get(exception.queue);
    if (summary === undefined) {
      summary = { queue: exception.queue, resolved: 0, resolvedLate: 0, openOverdue: 0, late: [] };
      byQueue.set(exception.queue, summary);
    }

    const dueMs = Date.parse(exception.dueBy);
    const answeredMs = exception.resolvedAt === null ? null : Date.parse(exception.resolvedAt);

    if (answeredMs !== null) {
      summary.resolved += 1;
      if (answeredMs <= dueMs) {
        continue;
      }
      summary.resolvedLate += 1;
    } else if (dueMs < nowMs) {
      summary.openOverdue += 1;
    } else {
      continue;
    }

    summary.late.push({
      id: exception.id,
      record: exception.record,
      field: exception.field,
      dueBy: exception.dueBy,
      resolvedAt: exception.resolvedAt,
      resolvedBy: exception.resolvedBy,
      hoursLate: Math.round((((answeredMs ?? nowMs) - dueMs) / HOUR_MS) * 10) / 10,
    });
  }

  return [...byQueue.values()].sort((left, right) => (left.queue < right.queue ? -1 : 1));
}
