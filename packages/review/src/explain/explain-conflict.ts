// Explains one conflict step by step: how each change was normalized, which rule parts of the
// field were consulted in precedence order, what each part decided about each change, and the
// decision. It runs the runtime's own session code with a traced rule loop, so the explanation
// and `fieldpolicy resolve` cannot disagree.

import {
  RULE_PART_NAMES,
  type ConflictInput,
  type Decision,
  type PolicyIR,
  type RulePartName,
} from "@fieldpolicy/core";
import {
  applyRulePart,
  buildFieldPlan,
  checkConflict,
  computeDecisionId,
  FlipTracker,
  resolvePlannedConflict,
  settleOpenChanges,
  WriteLedger,
  type ResolutionState,
  type UserDirectory,
} from "@fieldpolicy/runtime";

/** The effect of one rule part on the changes and the decision. */
export interface RulePartStep {
  part: RulePartName | "settleOpenChanges";
  /** False when the field's rule does not have the part, so it was skipped. */
  consulted: boolean;
  /** Changes this part gave a verdict, by index into `changes`. */
  verdicts: { index: number; disposition: string; reason: string }[];
  /** Changes this part allowed for later parts although another system owns the field. */
  permitted: number[];
  /** The value this part adopted, when it did. */
  adoption: { value: unknown; source: string; explanation: string } | null;
  /** The review this part asked for, when it did. */
  review: { queue: string; trigger: string; reason: string } | null;
}

/** One change after normalization. */
export interface NormalizedChangeStep {
  system: string;
  actor: string;
  native: unknown;
  canonical: unknown;
  at: string;
  /** Reason code of a value that could not be normalized, or null. */
  problem: string | null;
  /** The verdict the change got before any rule part ran (unchanged, echo, a normalization problem), or null. */
  settled: { disposition: string; reason: string } | null;
  bulkFlip: boolean;
}

/** The whole explanation of one conflict. */
export interface ConflictExplanation {
  conflict: ConflictInput;
  /** Set when the input is not a valid conflict; the other keys are then empty. */
  error: string | null;
  base: { value: unknown; at: string | null; missing: boolean } | null;
  changes: NormalizedChangeStep[];
  steps: RulePartStep[];
  decision: Decision | null;
}

/** Options of an explanation: the clock and the user directory, as for `resolve`. */
export interface ExplainOptions {
  now: Date;
  users?: UserDirectory;
}

/**
 * Resolves one conflict and records every step the resolver took. An input that makes the
 * resolver throw, such as values nested deep enough to exhaust the stack, gives an explanation
 * with an error, as `resolve` gives an error decision.
 */
export function explainConflict(ir: PolicyIR, conflict: ConflictInput, options: ExplainOptions): ConflictExplanation {
  try {
    return traceConflict(ir, conflict, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `The conflict could not be resolved: ${detail}`;
    return { conflict, error: message, base: null, changes: [], steps: [], decision: null };
  }
}

function traceConflict(ir: PolicyIR, conflict: ConflictInput, options: ExplainOptions): ConflictExplanation {
  const explanation: ConflictExplanation = {
    conflict,
    error: null,
    base: null,
    changes: [],
    steps: [],
    decision: null,
  };
  const check = checkConflict(ir, conflict);
  if (!check.ok) {
    return { ...explanation, error: check.message };
  }

  const plan = buildFieldPlan(ir, check.conflict.field);
  if (plan === undefined) {
    return { ...explanation, error: `The policy has no field \`${check.conflict.field}\`.` };
  }

  const session = {
    ledger: new WriteLedger(),
    flips: new FlipTracker(),
    now: options.now.getTime(),
    users: options.users,
  };
  const id = computeDecisionId(conflict);
  const decision = resolvePlannedConflict(session, { plan, id, conflict: check.conflict }, (initial) => {
    recordNormalization(explanation, initial);
    return traceRuleParts(
      plan.field.rule,
      (name, state) =>
        name === "settleOpenChanges"
          ? settleOpenChanges(plan.facts, state)
          : applyRulePart(name, plan.field.rule, plan.facts, state),
      initial,
      explanation.steps,
    );
  });
  return { ...explanation, decision };
}

function recordNormalization(explanation: ConflictExplanation, initial: ResolutionState): void {
  explanation.base = {
    value: initial.base.value,
    at: initial.base.at === null ? null : new Date(initial.base.at).toISOString(),
    missing: initial.base.missing,
  };
  explanation.changes = initial.changes.map((change, index) => ({
    system: change.system,
    actor: change.actor,
    native: change.native,
    canonical: change.value,
    at: change.atText,
    problem: change.problem,
    settled: describeVerdict(initial.verdicts[index] ?? null),
    bulkFlip: change.bulkFlip,
  }));
}

function describeVerdict(
  verdict: { disposition: string; reason: string } | null,
): { disposition: string; reason: string } | null {
  return verdict === null ? null : { disposition: verdict.disposition, reason: verdict.reason };
}

type StepName = RulePartName | "settleOpenChanges";

/** Runs the rule parts in precedence order, as the runtime does, and records what each changed. */
function traceRuleParts(
  rule: Partial<Record<RulePartName, unknown>>,
  apply: (name: StepName, state: ResolutionState) => ResolutionState,
  initial: ResolutionState,
  steps: RulePartStep[],
): ResolutionState {
  let state = initial;
  const names: StepName[] = [...RULE_PART_NAMES, "settleOpenChanges"];

  for (const name of names) {
    const consulted = name === "settleOpenChanges" || rule[name] !== undefined;
    const next = consulted ? apply(name, state) : state;
    steps.push(describeStep(name, consulted, state, next));
    state = next;
  }
  return state;
}

function describeStep(
  part: StepName,
  consulted: boolean,
  before: ResolutionState,
  after: ResolutionState,
): RulePartStep {
  const verdicts = after.verdicts.flatMap((verdict, index) =>
    verdict !== null && before.verdicts[index] === null
      ? [{ index, disposition: verdict.disposition, reason: verdict.reason }]
      : [],
  );
  const permitted = after.permitted.flatMap((flag, index) => (flag && !before.permitted[index] ? [index] : []));
  const adoption =
    after.adoption !== null && before.adoption === null
      ? { value: after.adoption.value, source: after.adoption.source, explanation: after.adoption.explanation }
      : null;
  const review =
    after.review !== null && before.review === null
      ? { queue: after.review.queue, trigger: after.review.trigger, reason: after.review.reason }
      : null;
  return { part, consulted, verdicts, permitted, adoption, review };
}
