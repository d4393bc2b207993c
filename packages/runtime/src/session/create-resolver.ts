// A resolver session resolves a stream of conflicts against one policy. It keeps the ledger of its
// own writes, to recognize echoes, and the count of returns to opted-in per actor and job, to
// distrust bulk flips.

import type { ConflictInput, Decision, PolicyIR } from "@fieldpolicy/core";
import { buildDecision, findDecidedValue } from "../decision/build-decision";
import { computeDecisionId } from "../decision/decision-id";
import { buildFieldPlan, type FieldPlan } from "../field-plan";
import { normalizeBase, normalizeChanges } from "../normalize/normalize-change";
import { buildInitialState } from "../prepare-state";
import { resolveFieldState } from "../resolve-field";
import type { NormalizedBase, NormalizedChange, ResolutionState, ResolveOptions, UserDirectory } from "../types";
import { checkConflict } from "../validate-conflict";
import { adoptLatestEcho } from "./adopt-echo";
import { FlipTracker } from "./flip-tracker";
import { WriteLedger } from "./write-ledger";

/** A resolver session over one policy. */
export interface Resolver {
  /** Resolves one conflict; an invalid input gives an `error` decision rather than an exception. */
  resolve(conflict: ConflictInput): Decision;
}

/** Creates a resolver session that keeps echo and bulk-flip state across the conflicts it resolves. */
export function createResolver(ir: PolicyIR, options: ResolveOptions): Resolver {
  const plans = new Map<string, FieldPlan>();
  const now = options.now.getTime();

  const planFor = (key: string): FieldPlan => {
    let plan = plans.get(key);
    if (plan === undefined) {
      plan = buildFieldPlan(ir, key)!;
      plans.set(key, plan);
    }
    return plan;
  };

  const session: ResolverSession = { ledger: new WriteLedger(), flips: new FlipTracker(), now, users: options.users };
  return {
    resolve(input: ConflictInput): Decision {
      return guardResolution(input, () => {
        const id = computeDecisionId(input);
        const check = checkConflict(ir, input);
        if (!check.ok) {
          return buildErrorDecision(id, input, check.message);
        }

        const plan = planFor(check.conflict.field);
        return resolvePlannedConflict(session, { plan, id, conflict: check.conflict }, (initial) =>
          resolveFieldState(plan.field.rule, plan.facts, initial),
        );
      });
    },
  };
}

/** What a session keeps between conflicts, and the options every conflict resolves with. */
export interface ResolverSession {
  ledger: WriteLedger;
  flips: FlipTracker;
  /** The resolver's clock in epoch milliseconds. */
  now: number;
  users: UserDirectory | undefined;
}

/** A checked conflict with the plan of its field and its decision id. */
export interface PlannedConflict {
  plan: FieldPlan;
  id: string;
  conflict: ConflictInput;
}

/**
 * Resolves a checked conflict within a session: normalizes it, marks bulk flips and echoes, runs
 * `applyRules` over the initial state and builds the decision, then records the decision's writes
 * so their echoes are recognized. `createResolver` passes the loop over the IR's rule parts; a
 * generated resolver passes the same parts called directly.
 */
export function resolvePlannedConflict(
  session: ResolverSession,
  planned: PlannedConflict,
  applyRules: (initial: ResolutionState) => ResolutionState,
): Decision {
  const { plan, id, conflict } = planned;
  const base = normalizeBase(conflict.base, plan, session.users);
  const changes = markBulkFlips(plan, base, normalizeChanges(conflict.changes, plan, session.users), session.flips);
  const echoes = session.ledger.consumeEchoes(conflict.record, conflict.field, changes);

  const initial = buildInitialState({ field: plan.facts, base, changes, echoes: echoes.all, now: session.now });
  const state = adoptLatestEcho(plan.facts, applyRules(initial), echoes.recorded);
  const decision = buildDecision({ plan, id, record: conflict.record, users: session.users }, state);

  for (const write of decision.writes) {
    session.ledger.record({
      id: write.id ?? id,
      record: conflict.record,
      field: conflict.field,
      system: write.system,
      value: findDecidedValue(state),
    });
  }
  return decision;
}

// A flip is a change that returns an opted-out person to opted-in (false or a clear) on a field
// resolved by `optOutWins`.
function markBulkFlips(
  plan: FieldPlan,
  base: NormalizedBase,
  changes: NormalizedChange[],
  flips: FlipTracker,
): NormalizedChange[] {
  const config = plan.field.rule.optOutWins;
  if (config === undefined || base.value !== true) {
    return changes;
  }
  return changes.map((change) => {
    if (change.problem !== null || change.value === true) {
      return change;
    }
    const keys = [`actor:${change.system}:${change.actor}`];
    if (change.facts.jobId !== null) {
      keys.push(`job:${change.facts.jobId}`);
    }
    const bulkFlip = flips.recordFlip(keys, change.at, {
      limit: config.bulkFlipLimit,
      windowMinutes: config.bulkWindowMinutes,
    });
    return bulkFlip ? { ...change, bulkFlip } : change;
  });
}

/**
 * Runs `resolve` and turns anything it throws into an error decision, so that no input makes a
 * resolver throw. Plain JSON can still exhaust the stack: a context nested 20,000 levels deep
 * does when its canonical text is written for the decision id.
 */
export function guardResolution(input: unknown, resolve: () => Decision): Decision {
  try {
    return resolve();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `The conflict could not be resolved: ${detail}`;
    return buildErrorDecision(computeFallbackId(input, message), input, message);
  }
}

// The id of an input the resolver could not handle. When even its id cannot be computed, the id
// is that of the message, so equal failures share an id. Error decisions are never stored.
function computeFallbackId(input: unknown, message: string): string {
  try {
    return computeDecisionId(input);
  } catch {
    return computeDecisionId({ unresolvable: message });
  }
}

/** Builds the decision for an input that is not a valid conflict. */
export function buildErrorDecision(id: string, input: unknown, message: string, line: number | null = null): Decision {
  const record =
    typeof input === "object" && input !== null && "record" in input && typeof input.record === "string"
      ? input.record
      : "";
  const field =
    typeof input === "object" && input !== null && "field" in input && typeof input.field === "string"
      ? input.field
      : "";
  return {
    id,
    record,
    field,
    outcome: "error",
    value: null,
    source: "base",
    writes: [],
    rejected: [],
    review: null,
    rule: { id: "input", explanation: message },
    audit: [],
    error: { line, message },
  };
}
