// The resolver's input and output contracts. A conflict is one field of one record that two or
// more systems changed since the last agreed value; a decision says what every system should hold
// now, what was rejected and why, and what waits for a person.

/** A time as a system reports it: ISO 8601 (any offset form) or epoch milliseconds or seconds. */
export type TimeInput = string | number;

/** One write observed in one system, in that system's own value encoding. */
export interface ChangeInput {
  /** The system that made the change; a key of the policy's `systems`. */
  system: string;
  /** The new value as the system encodes it (`"Closed - Converted"`, `"true"`, `"0055f000005mc66AAA"`). */
  value: unknown;
  /** When the change happened in that system (event time, not arrival time). */
  at: TimeInput;
  /** Who or what made the change: a user, an integration, a workflow. */
  actor: string;
  /**
   * Facts the rules may need: `verified` (a person verified the value), `verifiedAt`,
   * `lastActivityAt` (last activity in the system of record), `consentEvidence`, `jobId`,
   * `echoOf` (id of the resolver write this change echoes), `fieldChangedAt` (the field's own
   * change time before this change).
   */
  context?: Record<string, unknown>;
}

/** The last value the systems agreed on, in canonical form. */
export interface BaseInput {
  value: unknown;
  at: TimeInput | null;
}

/** One conflict: the input of one decision. */
export interface ConflictInput {
  /** The record's id in the system of record, or any stable id the systems share. */
  record: string;
  /** The policy's field key. */
  field: string;
  /** The last agreed value, or null when there is no snapshot of it. */
  base: BaseInput | null;
  changes: ChangeInput[];
}

/** How one change ended. */
export type Disposition = "applied" | "rejected" | "queued";

/** The record of what happened to one change. */
export interface AuditEntry {
  decisionId: string;
  record: string;
  field: string;
  system: string;
  actor: string;
  /** Canonical value before the change (the base value). */
  oldValue: unknown;
  /** Canonical value the change proposed, or the native value when it maps to no canonical value. */
  newValue: unknown;
  /**
   * Event time of the change, ISO 8601 in UTC. For a change rejected as `invalidTime` it is the
   * time as the system sent it, rendered as text.
   */
  at: string;
  disposition: Disposition;
  /** Reason code from the runtime's closed list. */
  reason: string;
}

/** A value to write into one system, in that system's encoding, so it converges. */
export interface Write {
  system: string;
  value: unknown;
  /** Id of the write, `<decision id>:<system>`, which the echo of the write names as `context.echoOf`. */
  id?: string;
}

/** A change that was not adopted. */
export interface Rejection {
  system: string;
  value: unknown;
  at: string;
  reason: string;
}

/** A decision's place in a review queue. */
export interface ReviewRequest {
  queue: string;
  /** The review condition that fired (`regression`, `protectedValue`, …). */
  trigger: string;
  /** One sentence for the person who reviews. */
  reason: string;
  /** Time by which the queue must answer, ISO 8601 in UTC, counted in the queue's business days. */
  dueBy: string;
}

/** The resolver's answer for one field of one record. */
export interface Decision {
  /** Deterministic id derived from the conflict, so feeding the same input twice gives the same id. */
  id: string;
  record: string;
  field: string;
  /** `resolved` (final), `review` (waiting in a queue; `value` is the interim value) or `error` (the input was invalid). */
  outcome: "resolved" | "review" | "error";
  /** The canonical value all systems should hold now. */
  value: unknown;
  /** Where the value came from: a system name or `base`. */
  source: string;
  writes: Write[];
  rejected: Rejection[];
  review: ReviewRequest | null;
  /** The rule part that decided and why, in one sentence. */
  rule: { id: string; explanation: string };
  audit: AuditEntry[];
  /** Present on `error` decisions: the input line and what is wrong with it. */
  error?: { line: number | null; message: string };
}
