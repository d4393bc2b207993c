// Public entry of @fieldpolicy/runtime: the conflict resolver, its rule parts and normalizations,
// merge survivorship and the closed list of reason codes.

export { resolveConflict } from "./resolve-conflict";
export {
  createResolver,
  buildErrorDecision,
  guardResolution,
  resolvePlannedConflict,
  type Resolver,
  type ResolverSession,
  type PlannedConflict,
} from "./session/create-resolver";
export { WriteLedger } from "./session/write-ledger";
export { FlipTracker } from "./session/flip-tracker";
export { RETIRED_WRITE_CAPACITY, WRITE_LEDGER_CAPACITY } from "./session/write-ledger";
export { resolveMerge, orderBySurvivorship } from "./merge/resolve-merge";
export type { MergeFieldValue, MergeInput, MergeRecord, MergeResult, MergedField } from "./merge/resolve-merge";
export { REASON_CODES, isReasonCode, type ReasonCode } from "./reason-codes";
export type * from "./types";

// The pieces a generated resolver wires per field: plans, normalization, the rule parts in
// precedence order, and decision building.
export { buildFieldPlan, type FieldPlan } from "./field-plan";
export { normalizeBase, normalizeChange, normalizeChanges } from "./normalize/normalize-change";
export { buildInitialState, type InitialStateInput } from "./prepare-state";
export { resolveFieldState, settleOpenChanges } from "./resolve-field";
export { buildDecision, type DecisionContext } from "./decision/build-decision";
export { computeDecisionId } from "./decision/decision-id";
export { computeDueBy } from "./decision/due-by";
export { checkConflict, type ConflictCheck } from "./validate-conflict";
export { RULE_PARTS, applyRulePart } from "./rules/index";
export type { RulePart, Violation } from "./rules/rule-state";
export { applyReadOnlyFor } from "./rules/read-only-for";
export { applyOptOutWins } from "./rules/opt-out-wins";
export { applyLockAfterFirstWrite } from "./rules/lock-after-first-write";
export { applyProtectedValues } from "./rules/protected-values";
export { applyLimitedValues } from "./rules/limited-values";
export { applyRecentActivityLock } from "./rules/recent-activity-lock";
export { applyNoRegression } from "./rules/no-regression";
export { applyFillBlankOrStale } from "./rules/fill-blank-or-stale";
export { applyOwnerWins } from "./rules/owner-wins";
export { applySourcePriority } from "./rules/source-priority";
export { applyLastWriteWins } from "./rules/last-write-wins";
export { findCategory } from "./rules/role-category";

export { parseInstant, formatInstant } from "./normalize/normalize-time";
export { buildPlaceholderSet, isBlank } from "./normalize/blank";
export {
  computeSalesforceIdSuffix,
  isSalesforceId,
  toSalesforceId18,
  salesforceIdsEqual,
} from "./normalize/salesforce-id";
export { splitMultiSelect, sortAsSet } from "./normalize/multi-select";
export { parseBoolean } from "./normalize/normalize-boolean";
export { mapToCanonical, mapToNative } from "./normalize/value-map";
export { normalizeValue, type NormalizedValue, type ValueContext } from "./normalize/normalize-value";
export { encodeValue, type EncodedValue, type EncodeContext } from "./normalize/encode-value";
export { canonicalEquals, describeValue } from "./normalize/canonical-equals";
export {
  findUserBySystemId,
  findUserByReference,
  toUserReference,
  findActiveSystemId,
} from "./normalize/user-reference";
export { checkUserDirectory, type UserDirectoryCheck } from "./normalize/check-user-directory";

// Real change events from HubSpot webhooks and Salesforce Change Data Capture, grouped into conflicts.
export * from "./events/index";
