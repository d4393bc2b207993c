// Normalizes a conflict's base and changes into canonical values and instants, and puts the
// changes in the resolver's deterministic order, so that no later step depends on arrival order.

import type { BaseInput, ChangeInput } from "@fieldpolicy/core";
import { renderCanonicalText } from "../decision/canonical-text";
import type { FieldPlan } from "../field-plan";
import type { ReasonCode } from "../reason-codes";
import type { CanonicalValue, ChangeFacts, NormalizedBase, NormalizedChange, UserDirectory } from "../types";
import { isBlank } from "./blank";
import { encodeValue } from "./encode-value";
import { parseBoolean } from "./normalize-boolean";
import { formatInstant, parseInstant } from "./normalize-time";
import { normalizeValue } from "./normalize-value";

/** Normalizes the base. Its value is canonical already, but placeholders and encodings still apply. */
export function normalizeBase(
  base: BaseInput | null,
  plan: FieldPlan,
  users: UserDirectory | undefined,
): NormalizedBase {
  if (base === null) {
    return { value: null, at: null, missing: true };
  }
  const at = base.at === null ? Number.NaN : parseInstant(base.at);
  const value = normalizeCanonicalInput(base.value, plan, users);

  // A base value the field cannot hold shows nothing about what the systems agreed on.
  if (value === undefined) {
    return { value: null, at: null, missing: true };
  }
  return { value, at: Number.isNaN(at) ? null : at, missing: false };
}

/** Normalizes the changes and sorts them by event time, then system order, value and actor. */
export function normalizeChanges(
  changes: readonly ChangeInput[],
  plan: FieldPlan,
  users: UserDirectory | undefined,
): NormalizedChange[] {
  // The canonical JSON of a change breaks ties only, so it is rendered when a tie needs it.
  const normalized = changes.map((input) => ({
    change: normalizeChange(input, plan, users),
    input,
    key: undefined as string | undefined,
  }));
  const keyOf = (entry: (typeof normalized)[number]): string => (entry.key ??= renderCanonicalText(entry.input));
  const rank = (system: string): number => {
    const position = plan.facts.systemOrder.indexOf(system);
    return position === -1 ? plan.facts.systemOrder.length : position;
  };
  normalized.sort((left, right) => {
    const a = left.change;
    const b = right.change;
    const time = (Number.isNaN(a.at) ? Infinity : a.at) - (Number.isNaN(b.at) ? Infinity : b.at);
    if (time !== 0 && !Number.isNaN(time)) {
      return time;
    }
    return rank(a.system) - rank(b.system) || compareText(keyOf(left), keyOf(right));
  });
  return normalized.map((entry) => entry.change);
}

function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

/** Normalizes one change; a value the field cannot take keeps its native form and gets a problem. */
export function normalizeChange(
  input: ChangeInput,
  plan: FieldPlan,
  users: UserDirectory | undefined,
): NormalizedChange {
  const at = parseInstant(input.at);
  const change: NormalizedChange = {
    system: input.system,
    actor: input.actor,
    native: input.value,
    value: null,
    at,
    atText: Number.isNaN(at) ? String(input.at) : formatInstant(at),
    facts: parseFacts(input.context),
    problem: null,
    bulkFlip: false,
  };

  // A value that only another system cannot encode keeps its canonical form, so a change that
  // repeats the base is still recognized as unchanged.
  const problem = findProblem(input, at, plan, users, change);
  return problem === null ? change : { ...change, problem };
}

function findProblem(
  input: ChangeInput,
  at: number,
  plan: FieldPlan,
  users: UserDirectory | undefined,
  change: NormalizedChange,
): ReasonCode | null {
  if (!plan.facts.systems.includes(input.system)) {
    return "unboundSystem";
  }
  if (Number.isNaN(at)) {
    return "invalidTime";
  }

  const normalized = normalizeValue(input.value, {
    field: plan.field,
    system: input.system,
    placeholders: plan.placeholders,
    users,
  });
  if (!normalized.ok) {
    return normalized.reason;
  }
  change.value = normalized.value;

  // A value that some other bound system cannot hold is rejected here, for this field alone.
  for (const system of plan.facts.systems) {
    if (system === input.system) {
      continue;
    }
    const encoded = encodeValue(normalized.value, {
      field: plan.field,
      system,
      systemKind: plan.systemKinds[system]!,
      users,
    });
    if (!encoded.ok) {
      return encoded.reason;
    }
  }
  return null;
}

// The base is documented as canonical, but adapters often pass the last synced native value of
// the system of record, so a value that is not canonical is tried through that system's map.
function normalizeCanonicalInput(
  value: unknown,
  plan: FieldPlan,
  users: UserDirectory | undefined,
): CanonicalValue | undefined {
  if (isBlank(value, plan.placeholders)) {
    return null;
  }
  if (plan.field.type.kind === "userReference" && typeof value === "string" && value.includes("@")) {
    return value.trim().toLowerCase();
  }
  const canonical = normalizeValue(value, { field: plan.canonicalField, system: "", placeholders: plan.placeholders, users });
  if (canonical.ok) {
    return canonical.value;
  }
  for (const system of plan.facts.systems) {
    const normalized = normalizeValue(value, { field: plan.field, system, placeholders: plan.placeholders, users });
    if (normalized.ok) {
      return normalized.value;
    }
  }
  return undefined;
}

// Most changes carry no context, so they share one frozen set of facts.
const NO_FACTS: ChangeFacts = Object.freeze({
  verified: false,
  verifiedAt: null,
  lastActivityAt: null,
  consentEvidence: false,
  jobId: null,
  echoOf: null,
  fieldChangedAt: null,
});

function parseFacts(context: Record<string, unknown> | undefined): ChangeFacts {
  if (context === undefined || isEmptyObject(context)) {
    return NO_FACTS;
  }
  const evidence = context.consentEvidence;
  return {
    verified: parseBoolean(context.verified) === true,
    verifiedAt: readTime(context.verifiedAt),
    lastActivityAt: readTime(context.lastActivityAt),
    consentEvidence:
      evidence !== undefined &&
      evidence !== null &&
      evidence !== false &&
      evidence !== "" &&
      parseBoolean(evidence) !== false,
    jobId: readText(context.jobId),
    echoOf: readText(context.echoOf),
    fieldChangedAt: readTime(context.fieldChangedAt),
  };
}

function isEmptyObject(record: Record<string, unknown>): boolean {
  for (const key in record) {
    if (Object.hasOwn(record, key)) {
      return false;
    }
  }
  return true;
}

function readTime(value: unknown): number | null {
  const parsed = value === undefined || value === null ? Number.NaN : parseInstant(value);
  return Number.isNaN(parsed) ? null : parsed;
}

function readText(value: unknown): string | null {
  if (typeof value === "number") {
    return String(value);
  }
  return typeof value === "string" && value !== "" ? value : null;
}
