// Turns the final resolution state into a decision: the converged value, the writes each system
// needs in its own encoding, the rejected changes, the review request and one audit entry per change.

import type { AuditEntry, Decision, Rejection, ReviewRequest, Write } from "@fieldpolicy/core";
import type { FieldPlan } from "../field-plan";
import { canonicalEquals, describeValue } from "../normalize/canonical-equals";
import { encodeValue } from "../normalize/encode-value";
import { buildRuleId, describeChange } from "../rules/rule-state";
import type { CanonicalValue, NormalizedChange, ResolutionState, UserDirectory, Verdict } from "../types";
import { computeDueBy } from "./due-by";
import { flattenText } from "./flatten-text";

/** Inputs of decision building besides the state. */
export interface DecisionContext {
  plan: FieldPlan;
  id: string;
  record: string;
  users: UserDirectory | undefined;
}

/** Builds the decision of a resolved field. */
export function buildDecision(context: DecisionContext, state: ResolutionState): Decision {
  const { plan } = context;
  const value = findDecidedValue(state);
  const source = state.adoption === null ? "base" : state.adoption.source;
  const outcome = state.review === null ? "resolved" : "review";
  const verdicts = state.verdicts.map((verdict) => verdict ?? fallbackVerdict(context));

  return {
    id: context.id,
    record: context.record,
    field: plan.facts.key,
    outcome,
    value: toOutput(value),
    source,
    writes: buildWrites(context, state, value, verdicts),
    rejected: buildRejections(state, verdicts),
    review: buildReview(context, state),
    rule: flattenRule(buildRule(context, state, verdicts, value)),
    audit: state.changes.map((change, index) => buildAuditEntry(context, state, change, verdicts[index]!)),
  };
}

/** Returns the adopted value, else the base. An adopted clear is null and stays null. */
export function findDecidedValue(state: ResolutionState): CanonicalValue {
  return state.adoption === null ? state.base.value : state.adoption.value;
}

// Every part gives a verdict to each change it judges, and the fallback part judges the rest, so
// this only guards the promise that no change disappears.
function fallbackVerdict(context: DecisionContext): Verdict {
  return {
    disposition: "rejected",
    reason: "overriddenBySystemOfRecord",
    ruleId: buildRuleId(context.plan.facts, "ownerWins"),
  };
}

function toOutput(value: CanonicalValue): unknown {
  return Array.isArray(value) ? [...value] : value;
}

/**
 * The value of each bound system is its latest change by event time, else the base. A system
 * whose value differs from the decided one gets a write, except a system whose latest change waits
 * in review, because the review decides it. A system without a change and without a
 * base has an unknown value, so it gets a write of an adopted value.
 */
function buildWrites(
  context: DecisionContext,
  state: ResolutionState,
  value: CanonicalValue,
  verdicts: readonly Verdict[],
): Write[] {
  // Without a base and without an adopted change there is no known value to converge to.
  if (state.adoption === null && state.base.missing) {
    return [];
  }
  const writes: Write[] = [];
  for (const system of context.plan.facts.systems) {
    const latest = findLatestOfSystem(state, system);
    if (latest !== undefined && verdicts[latest]!.disposition === "queued") {
      continue;
    }
    if (holdsValue(state, latest, value)) {
      continue;
    }

    const encoded = encodeValue(value, {
      field: context.plan.field,
      system,
      systemKind: context.plan.systemKinds[system]!,
      users: context.users,
    });
    // NOTE: a base value that the system cannot encode gets no write. Only base values can fail
    // here, because normalization rejects changes whose value another system cannot encode.
    if (encoded.ok) {
      writes.push({ system, value: encoded.value, id: [context.id, system].join(":") });
    }
  }
  return writes;
}

function findLatestOfSystem(state: ResolutionState, system: string): number | undefined {
  let latest: number | undefined;
  state.changes.forEach((change, index) => {
    if (
      change.system === system &&
      !Number.isNaN(change.at) &&
      (latest === undefined || change.at >= state.changes[latest]!.at)
    ) {
      latest = index;
    }
  });
  return latest;
}

function holdsValue(state: ResolutionState, latest: number | undefined, value: CanonicalValue): boolean {
  if (latest === undefined) {
    return !state.base.missing && canonicalEquals(state.base.value, value);
  }
  const change = state.changes[latest]!;
  return hasCanonicalValue(change) && canonicalEquals(change.value, value);
}

function buildRejections(state: ResolutionState, verdicts: readonly Verdict[]): Rejection[] {
  const rejections: Rejection[] = [];
  state.changes.forEach((change, index) => {
    const verdict = verdicts[index]!;
    if (verdict.disposition !== "applied") {
      rejections.push({ system: change.system, value: change.native, at: change.atText, reason: verdict.reason });
    }
  });
  return rejections;
}

function buildReview(context: DecisionContext, state: ResolutionState): ReviewRequest | null {
  if (state.review === null) {
    return null;
  }
  const queue = context.plan.queues[state.review.queue];
  const dueBy =
    queue === undefined
      ? new Date(state.now).toISOString()
      : computeDueBy(state.now, queue.responseTime.businessDays, queue.calendar);
  return { queue: state.review.queue, trigger: state.review.trigger, reason: flattenText(state.review.reason), dueBy };
}

function flattenRule(rule: Decision["rule"]): Decision["rule"] {
  return { id: flattenText(rule.id), explanation: flattenText(rule.explanation) };
}

function buildRule(
  context: DecisionContext,
  state: ResolutionState,
  verdicts: readonly Verdict[],
  value: CanonicalValue,
): Decision["rule"] {
  const { facts } = context.plan;
  if (state.review !== null) {
    const interim = `${facts.label} keeps ${describeValue(value)} until then`;
    return {
      id: state.review.ruleId,
      explanation: `${state.review.reason.replace(/\.$/, "")}, so the decision waits in the ${state.review.queue} queue and ${interim}.`,
    };
  }
  if (state.adoption !== null) {
    return { id: state.adoption.ruleId, explanation: state.adoption.explanation };
  }
  if (state.changes.length === 0) {
    return {
      id: buildRuleId(facts, "base"),
      explanation: `No system changed ${facts.label}, so it keeps ${describeValue(value)}.`,
    };
  }

  const first = verdicts[0]!;
  const changes = state.changes.map((change, index) => {
    const named = hasCanonicalValue(change) ? change : { ...change, value: renderNative(change.native) };
    return `${describeChange(facts, named)} (${verdicts[index]!.reason})`;
  });
  return {
    id: first.ruleId,
    explanation: `No change to ${facts.label} was adopted, so it keeps ${describeValue(value)}: ${changes.join(", ")}.`,
  };
}

// A change whose problem came from encoding for another system still has its canonical value.
function hasCanonicalValue(change: NormalizedChange): boolean {
  return change.problem === null || change.value !== null;
}

function buildAuditEntry(
  context: DecisionContext,
  state: ResolutionState,
  change: NormalizedChange,
  verdict: Verdict,
): AuditEntry {
  return {
    decisionId: context.id,
    record: context.record,
    field: context.plan.facts.key,
    system: change.system,
    actor: change.actor,
    oldValue: toOutput(state.base.value),
    newValue: hasCanonicalValue(change) ? toOutput(change.value) : change.native,
    at: change.atText,
    disposition: verdict.disposition,
    reason: verdict.reason,
  };
}

/**
 * Renders a value a system sent that has no canonical form, for an explanation. Objects go through
 * JSON, because `String()` throws on an object whose `toString` is not a function (`{"toString":
 * false}` in a JSON line), and the resolver must not throw on any input.
 */
function renderNative(native: unknown): string {
  if (native === null || typeof native !== "object") {
    return String(native);
  }
  try {
    return JSON.stringify(native) ?? "undefined";
  } catch {
    return "[a value that cannot be written as JSON]";
  }
}
