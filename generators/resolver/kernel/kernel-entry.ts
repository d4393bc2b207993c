// The entry point of the resolver kernel: the runtime functions a generated resolver calls. The
// kernel is this file bundled with everything it imports (the runtime's own source and luxon), so
// a generated resolver runs the runtime's code without depending on any package.

export {
  applyFillBlankOrStale,
  applyLastWriteWins,
  applyLimitedValues,
  applyLockAfterFirstWrite,
  applyNoRegression,
  applyOptOutWins,
  applyOwnerWins,
  applyProtectedValues,
  applyReadOnlyFor,
  applyRecentActivityLock,
  applySourcePriority,
  buildErrorDecision,
  buildFieldPlan,
  checkConflict,
  computeDecisionId,
  FlipTracker,
  guardResolution,
  resolvePlannedConflict,
  settleOpenChanges,
  WriteLedger,
} from "@fieldpolicy/runtime";
