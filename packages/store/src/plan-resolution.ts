// Plans a person's answer to an exception: which canonical value they chose, the audit entries
// that record it, and the writes that bring every system to it. Pure: the caller stores the
// resolution and prints the writes.

import type { PolicyIR, Write } from "@fieldpolicy/core";
import { parseReviewerValue } from "./parse-reviewer-value";
import type { ExceptionResolution, StoredAuditEntry, StoredException } from "./store";
import { StoreError } from "./store-error";

/** A person's decision: accept one system's value, or set a value of their own. */
export interface ReviewAnswer {
  accept: string | null;
  /** The value as typed, in canonical form; used when `accept` is null. */
  value: string | null;
  by: string;
  note: string | null;
  /** ISO 8601 in UTC. */
  at: string;
}

/** A native value for one system, or why the system cannot hold the canonical value. */
export type EncodeResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Encodes a canonical value of a field in one system's own encoding. */
export type EncodeForSystem = (value: unknown, system: string) => EncodeResult;

/**
 * Turns a system's native value into the field's canonical value, or returns null when it maps to
 * none. Owner fields need it: an owner the resolver could not map is stored as that system's own
 * user id, and accepting it must store the owner's canonical email instead.
 */
export type DecodeFromSystem = (native: unknown, system: string) => { ok: true; value: unknown } | null;

/** A planned answer: what to store, and what to write where. */
export interface ResolutionPlan {
  resolution: ExceptionResolution;
  writes: Write[];
  /** Systems that cannot hold the chosen value, with the reason code; nothing is written to them. */
  unwritable: { system: string; reason: string }[];
}

/** Reason codes of the audit entries an answer adds. */
export const REVIEW_REASONS = {
  accepted: "reviewAccepted",
  rejected: "reviewRejected",
  reviewerValue: "reviewerValue",
} as const;

/** The system name of the audit entry that records a value a person typed rather than accepted. */
export const REVIEWER_SYSTEM = "review";

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

/**
 * The reason of a change older than the decision's base. The systems agreed on the base after it,
 * so it proposes nothing a person could accept, and the decision closed it already.
 */
const OLDER_THAN_BASE = "olderThanBase";

/** Finds the latest value each system proposed in the decision, by event time, then entry order. */
function listProposals(entries: readonly StoredAuditEntry[]): Map<string, StoredAuditEntry> {
  const latest = new Map<string, StoredAuditEntry>();
  for (const entry of entries) {
    if (entry.reason === OLDER_THAN_BASE) {
      continue;
    }
    const current = latest.get(entry.system);
    if (current === undefined || isLaterProposal(entry, current)) {
      latest.set(entry.system, entry);
    }
  }
  return latest;
}

// An entry with an invalid event time is stored at the recording time, which does not show when
// the change happened. So it counts as earlier than any entry with a valid event time.
function isLaterProposal(entry: StoredAuditEntry, current: StoredAuditEntry): boolean {
  const entryTimeKnown = entry.invalidEventTime === null;
  if (entryTimeKnown !== (current.invalidEventTime === null)) {
    return entryTimeKnown;
  }
  return entry.at >= current.at;
}

function chooseValue(
  policy: PolicyIR,
  exception: StoredException,
  proposals: Map<string, StoredAuditEntry>,
  answer: ReviewAnswer,
  decode: DecodeFromSystem | undefined,
): unknown {
  const field = policy.fields[exception.field];
  if (field === undefined) {
    throw new StoreError(
      `Field ${exception.field} of exception ${exception.id} is not in the policy ${policy.source.file}. Pass the policy the resolver used with --policy.`,
    );
  }

  if (answer.accept === null) {
    return parseReviewerValue(exception.field, field, answer.value ?? "");
  }

  const proposal = proposals.get(answer.accept);
  // A canonical owner is a lower-case email; anything else is the system's own user id.
  if (
    proposal !== undefined &&
    field.type.kind === "userReference" &&
    typeof proposal.newValue === "string" &&
    !proposal.newValue.includes("@")
  ) {
    const decoded = decode?.(proposal.newValue, answer.accept) ?? null;
    if (decoded === null) {
      throw new StoreError(
        `${answer.accept}'s owner ${proposal.newValue} in exception ${exception.id} maps to no active user of the user directory. Pass --users with the directory that lists them, or --value with the owner's email.`,
      );
    }
    return decoded.value;
  }
  if (proposal !== undefined) {
    // An audit entry contains the native value when it mapped to no canonical value. Such a value
    // cannot be accepted as it is, so the parse below rejects it for picklists.
    return typeof proposal.newValue === "string" &&
      (field.type.kind === "picklist" || field.type.kind === "multiPicklist")
      ? parseReviewerValue(exception.field, field, proposal.newValue)
      : proposal.newValue;
  }
  if (answer.accept === exception.interimSource) {
    return exception.interimValue;
  }

  const choices = [...new Set([...proposals.keys(), exception.interimSource])].sort();
  throw new StoreError(
    `System ${answer.accept} proposed no value in exception ${exception.id}. Accept one of ${choices.join(", ")}, or pass --value.`,
  );
}

/**
 * Lists the canonical value each bound system has while the exception waits: the interim value where
 * the decision wrote it, else the system's own latest proposal, else the base value (the old
 * value of the decision's audit entries).
 */
function listHeldValues(
  systems: readonly string[],
  exception: StoredException,
  proposals: Map<string, StoredAuditEntry>,
  entries: readonly StoredAuditEntry[],
): Map<string, unknown> {
  const written = new Set(exception.interimWrites.map((write) => write.system));
  const base = entries.length === 0 ? exception.interimValue : entries[0]?.oldValue;
  const held = new Map<string, unknown>();

  for (const system of systems) {
    if (written.has(system)) {
      held.set(system, exception.interimValue);
    } else if (proposals.has(system)) {
      held.set(system, proposals.get(system)?.newValue);
    } else {
      held.set(system, base);
    }
  }
  return held;
}

/**
 * Plans the answer to an open exception. The audit entries close each system's proposal as
 * applied or rejected and, when the person typed a value that no system proposed, add one entry from the
 * `review` system. Writes go to each system the field binds whose held value differs from the
 * chosen one.
 */
export function planResolution(
  policy: PolicyIR,
  exception: StoredException,
  entries: readonly StoredAuditEntry[],
  answer: ReviewAnswer,
  encode: EncodeForSystem,
  decode?: DecodeFromSystem,
): ResolutionPlan {
  if (exception.status !== "open") {
    throw new StoreError(
      `Exception ${exception.id} was resolved already, by ${exception.resolvedBy ?? "unknown"} at ${exception.resolvedAt ?? "an unknown time"}.`,
    );
  }

  const proposals = listProposals(entries);
  const value = chooseValue(policy, exception, proposals, answer, decode);

  const auditEntries: ExceptionResolution["auditEntries"] = [];
  for (const [system, proposal] of [...proposals.entries()].sort(([left], [right]) => (left < right ? -1 : 1))) {
    const applied = sameValue(proposal.newValue, value);
    auditEntries.push({
      decisionId: exception.id,
      record: exception.record,
      field: exception.field,
      system,
      actor: answer.by,
      oldValue: exception.interimValue,
      newValue: proposal.newValue,
      at: answer.at,
      disposition: applied ? "applied" : "rejected",
      reason: applied ? REVIEW_REASONS.accepted : REVIEW_REASONS.rejected,
      note: answer.note,
    });
  }
  if (!auditEntries.some((entry) => entry.disposition === "applied")) {
    auditEntries.push({
      decisionId: exception.id,
      record: exception.record,
      field: exception.field,
      system: REVIEWER_SYSTEM,
      actor: answer.by,
      oldValue: exception.interimValue,
      newValue: value,
      at: answer.at,
      disposition: "applied",
      reason: REVIEW_REASONS.reviewerValue,
      note: answer.note,
    });
  }

  const writes: Write[] = [];
  const unwritable: ResolutionPlan["unwritable"] = [];
  const systems = Object.keys(policy.fields[exception.field]?.bindings ?? {}).sort();
  for (const [system, held] of listHeldValues(systems, exception, proposals, entries)) {
    if (sameValue(held, value)) {
      continue;
    }
    const encoded = encode(value, system);
    if (encoded.ok) {
      writes.push({ system, value: encoded.value });
    } else {
      unwritable.push({ system, reason: encoded.reason });
    }
  }

  return {
    resolution: {
      id: exception.id,
      value,
      acceptedSystem: answer.accept,
      by: answer.by,
      note: answer.note,
      at: answer.at,
      auditEntries,
    },
    writes,
    unwritable,
  };
}
