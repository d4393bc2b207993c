// Types the resolver shares between normalization, rule parts and decision building. Rule parts
// receive only plain data (the field's IR fragment and the resolution state), so a generated
// resolver can call the same functions with the same data and reach the same decisions.

import type { Disposition, ReviewCondition, ReviewTrigger, Tier } from "@fieldpolicy/core";
import type { ReasonCode } from "./reason-codes";

/** One person in the user directory, with their id and active flag per system. */
export interface DirectoryUser {
  /** Email address; its lower-case form is the canonical user reference. */
  email: string;
  /** The person's user id in each system, keyed by the policy's system names. */
  ids: Record<string, string>;
  /** Whether the person's user is active in each system; a missing entry counts as inactive. */
  active: Record<string, boolean>;
}

/**
 * The people who may own records, loaded from `--users FILE`. A resolver indexes a directory the
 * first time it looks a user up and reads that index afterwards, so a directory must not be
 * changed in place once in use: pass a new object (a copy) to have changes seen.
 */
export interface UserDirectory {
  users: DirectoryUser[];
}

/** Options of one resolution. */
export interface ResolveOptions {
  /** The clock for age rules, activity windows and review due times. */
  now: Date;
  /** Needed to map owner fields (`userReference`) between systems. */
  users?: UserDirectory;
}

/**
 * A canonical value: text, number, boolean, a sorted list for multi-selects, or null for blank.
 * Picklist values are canonical picklist values, user references are lower-case emails, datetimes
 * are ISO 8601 strings in UTC.
 */
export type CanonicalValue = string | number | boolean | readonly string[] | null;

/** Facts from a change's `context`, parsed once. Times are epoch milliseconds or null. */
export interface ChangeFacts {
  verified: boolean;
  verifiedAt: number | null;
  lastActivityAt: number | null;
  consentEvidence: boolean;
  jobId: string | null;
  echoOf: string | null;
  fieldChangedAt: number | null;
}

/** A change after normalization, in the resolver's deterministic order. */
export interface NormalizedChange {
  system: string;
  actor: string;
  /** The value as the system sent it. */
  native: unknown;
  /** The canonical value; null when blank, or when `problem` is set before a canonical value was found. */
  value: CanonicalValue;
  /** Event time in epoch milliseconds, or NaN when the time was invalid. */
  at: number;
  /** Event time as ISO 8601 in UTC, or the input as text when it was invalid. */
  atText: string;
  facts: ChangeFacts;
  /** Reason code of the normalization failure, or null when the change was normalized. */
  problem: ReasonCode | null;
  /** True when the session counted this change as part of an untrusted bulk opt-in job. */
  bulkFlip: boolean;
}

/** The last agreed value, normalized. */
export interface NormalizedBase {
  value: CanonicalValue;
  /** Epoch milliseconds, or null when unknown. */
  at: number | null;
  /** True when the conflict had no base at all, so blank changes are ambiguous. */
  missing: boolean;
}

/** The part of a field's IR, and of the policy around it, that rule parts read. */
export interface FieldFacts {
  key: string;
  label: string;
  tier: Tier;
  systemOfRecord: string;
  /** Systems the field is bound to, in the policy's system order. */
  systems: readonly string[];
  /** Every system of the policy in declaration order; the fixed order that breaks ties. */
  systemOrder: readonly string[];
  /** Display name of each system. */
  systemLabels: Readonly<Record<string, string>>;
  review: readonly ReviewTrigger[];
  /** True when the field's rule has `optOutWins`, whose opt-outs apply whatever their time. */
  optOutWins: boolean;
}

/** The disposition of one change, with its reason and the rule part that decided it. */
export interface Verdict {
  disposition: Disposition;
  reason: ReasonCode;
  ruleId: string;
}

/** The value a rule part adopted for the field. */
export interface Adoption {
  value: CanonicalValue;
  /** A system name, or `base`. */
  source: string;
  ruleId: string;
  /** One sentence that names the systems and values. */
  explanation: string;
}

/** A condition that sends the decision to a review queue. */
export interface ReviewFinding {
  queue: string;
  trigger: ReviewCondition;
  /** One sentence for the person who reviews. */
  reason: string;
  ruleId: string;
}

/**
 * The state that rule parts pass along in precedence order. Every part returns a new state and
 * never mutates the one it received. A change without a verdict is still open; `permitted`
 * marks open changes that an earlier part allowed although another system owns the field.
 */
export interface ResolutionState {
  base: NormalizedBase;
  changes: readonly NormalizedChange[];
  verdicts: readonly (Verdict | null)[];
  permitted: readonly boolean[];
  adoption: Adoption | null;
  review: ReviewFinding | null;
  /** The resolver's clock in epoch milliseconds. */
  now: number;
}
