// The declarations of the kernel module (resolver-kernel.js) that every generated resolver ships
// beside it. They describe the bundled runtime functions as the generated wiring calls them. The
// rule parts' own types live in @fieldpolicy/runtime; here a part's configuration is the IR
// fragment the wiring passes and the resolution state is opaque, because only the kernel reads it.

/** The text of resolver-kernel.d.ts. */
export const KERNEL_DECLARATIONS = `/** A value as a system encodes it or a canonical value; blank is null. */
export type CanonicalValue = string | number | boolean | readonly string[] | null;

/** One write observed in one system, in that system's own value encoding. */
export interface ChangeInput {
  system: string;
  value: unknown;
  /** Event time: ISO 8601 with any offset form, or epoch milliseconds or seconds. */
  at: string | number;
  actor: string;
  /** Facts the rules may read: verified, verifiedAt, lastActivityAt, consentEvidence, jobId, echoOf, fieldChangedAt. */
  context?: Record<string, unknown>;
}

/** A conflict on one field of one record. */
export interface ConflictInput {
  record: string;
  field: string;
  base: { value: unknown; at: string | number | null } | null;
  changes: ChangeInput[];
}

/** A value to write into one system, in that system's encoding. */
export interface Write {
  system: string;
  value: unknown;
  /** \`<decision id>:<system>\`, which the write's echo names as \`context.echoOf\`. */
  id?: string;
}

/** A change that was not adopted, with its reason code. */
export interface Rejection {
  system: string;
  value: unknown;
  at: string;
  reason: string;
}

/** A decision's place in a review queue; \`dueBy\` is ISO 8601 in UTC. */
export interface ReviewRequest {
  queue: string;
  trigger: string;
  reason: string;
  dueBy: string;
}

/** The record of what happened to one change. */
export interface AuditEntry {
  decisionId: string;
  record: string;
  field: string;
  system: string;
  actor: string;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  disposition: "applied" | "rejected" | "queued";
  reason: string;
}

/** The resolver's answer for one field of one record. */
export interface Decision {
  id: string;
  record: string;
  field: string;
  outcome: "resolved" | "review" | "error";
  value: unknown;
  source: string;
  writes: Write[];
  rejected: Rejection[];
  review: ReviewRequest | null;
  rule: { id: string; explanation: string };
  audit: AuditEntry[];
  error?: { line: number | null; message: string };
}

/** A decision on a checked conflict of the named field. */
export interface FieldDecisionOf<Key extends string> extends Decision {
  field: Key;
  outcome: "resolved" | "review";
}

/** One person who may own records, with their user id and active flag per system. */
export interface DirectoryUser {
  email: string;
  ids: Record<string, string>;
  active: Record<string, boolean>;
}

/** The people who may own records. */
export interface UserDirectory {
  users: DirectoryUser[];
}

/** The policy facts the kernel reads, in the IR's shape. */
export interface KernelPolicy {
  name: string;
  systems: Readonly<Record<string, { kind: string; label: string; integrationUser: string | null }>>;
  queues: Readonly<Record<string, object>>;
  blanks: readonly string[];
  fields: Readonly<Record<string, object>>;
}

/** The facts about one field that rule parts read. */
export interface FieldFacts {
  readonly key: string;
  readonly label: string;
}

/** A field's IR fragment with the policy facts normalization and rule parts need. */
export interface FieldPlan {
  readonly facts: FieldFacts;
}

declare const resolutionState: unique symbol;

/** The state rule parts pass along; only kernel functions read or build it. */
export interface ResolutionState {
  readonly [resolutionState]: true;
}

/** A rule part: a pure function of its IR fragment, the field's facts and the state so far. */
export type RulePart<Config> = (config: Config, field: FieldFacts, state: ResolutionState) => ResolutionState;

export declare const applyReadOnlyFor: RulePart<readonly string[]>;
export declare const applyOptOutWins: RulePart<{ evidenceRequired: boolean; bulkFlipLimit: number; bulkWindowMinutes: number }>;
export declare const applyLockAfterFirstWrite: RulePart<{ correctableBy: readonly string[] }>;
export declare const applyProtectedValues: RulePart<readonly string[]>;
export declare const applyLimitedValues: RulePart<Readonly<Record<string, readonly string[]>>>;
export declare const applyRecentActivityLock: RulePart<{ windowDays: number; systems: readonly string[] }>;
export declare const applyNoRegression: RulePart<{ order: readonly string[]; demotions: readonly { from: string; to: string }[] }>;
export declare const applyFillBlankOrStale: RulePart<{
  source: string;
  maxAge: { days: number; changeTime: string };
  verifiedLockDays: number;
  categories: Readonly<Record<string, readonly string[]>>;
}>;
export declare const applyOwnerWins: RulePart<{ fillBlanks: boolean }>;
export declare const applySourcePriority: RulePart<{ order: readonly string[] }>;
export declare const applyLastWriteWins: RulePart<{ skewToleranceSeconds: number; tieBreak: readonly string[] }>;

/** Judges the changes no rule part settled as under ownerWins without fillBlanks. */
export declare function settleOpenChanges(field: FieldFacts, state: ResolutionState): ResolutionState;

/** Builds the plan of one field, or returns undefined when the policy has no such field. */
export declare function buildFieldPlan(policy: KernelPolicy, key: string): FieldPlan | undefined;

/** Checks an input against the conflict shape and the policy's fields and systems. */
export declare function checkConflict(
  policy: KernelPolicy,
  input: unknown,
): { ok: true; conflict: ConflictInput } | { ok: false; message: string };

/** Computes the decision id: SHA-256 of the conflict's canonical JSON, changes in any order. */
export declare function computeDecisionId(conflict: unknown): string;

/** Runs a resolution and turns anything it throws into an error decision. */
export declare function guardResolution(input: unknown, resolve: () => Decision): Decision;

/** Builds the decision for an input that is not a valid conflict. */
export declare function buildErrorDecision(id: string, input: unknown, message: string, line?: number | null): Decision & { outcome: "error" };

/** The writes a session issued, so their echoes are recognized. */
export declare class WriteLedger {}

/** Counts returns to opted-in per actor and job, to distrust bulk flips. */
export declare class FlipTracker {}

/** What a session keeps between conflicts, and the options every conflict resolves with. */
export interface ResolverSession {
  ledger: WriteLedger;
  flips: FlipTracker;
  /** The clock in epoch milliseconds. */
  now: number;
  users: UserDirectory | undefined;
}

/** Resolves a checked conflict in a session, with \`applyRules\` running the field's rule parts. */
export declare function resolvePlannedConflict(
  session: ResolverSession,
  planned: { plan: FieldPlan; id: string; conflict: ConflictInput },
  applyRules: (initial: ResolutionState) => ResolutionState,
): FieldDecisionOf<string>;
`;
