// The default policy's field table as json-rules-engine rules, for the resolver benchmark. The
// engine evaluates each change against facts that plain code computes: canonical values from
// fieldpolicy's normalization, ranks and the value in force. The first event by rule priority is
// the change's verdict. Plain code then picks the value, as a team would wire such an engine.

import { Engine, type NestedCondition, type RuleProperties } from "json-rules-engine";
import type { ConflictInput, PolicyIR } from "../packages/core/src/index";
import {
  buildFieldPlan,
  canonicalEquals,
  findCategory,
  normalizeBase,
  normalizeChanges,
  type CanonicalValue,
  type FieldPlan,
  type NormalizedChange,
  type UserDirectory,
} from "../packages/runtime/src/index";
import type { HandWrittenDecision } from "./hand-written-resolver";

const DAY_MS = 86_400_000;

type Verdict = "accept" | "permit" | "reject" | "review" | "none";

function rule(name: string, priority: number, verdict: Verdict, all: NestedCondition[]): RuleProperties {
  return { name, priority, conditions: { all }, event: { type: verdict } };
}

const is = (fact: string, value: unknown): NestedCondition => ({ fact, operator: "equal", value });
const isIn = (fact: string, value: unknown[]): NestedCondition => ({ fact, operator: "in", value });

/** The rules of the default policy's field table. */
export const LEAD_RULES: RuleProperties[] = [
  rule("opportunity stage is read-only for HubSpot", 100, "reject", [is("field", "opportunityStage"), is("system", "map")]),
  rule("an opt-out wins at once", 95, "accept", [is("field", "consent"), is("value", true)]),
  rule("an opt-in needs the system of record and evidence", 94, "reject", [
    is("field", "consent"),
    is("baseOptedOut", true),
    { any: [is("isSystemOfRecord", false), is("hasEvidence", false)] },
  ]),
  rule("an opt-in from the system of record with evidence", 93, "accept", [is("field", "consent"), is("baseOptedOut", true)]),
  rule("first touch is locked after the first value", 90, "review", [is("field", "firstTouchAttribution"), is("differsFromLocked", true)]),
  rule("first touch first value", 89, "accept", [is("field", "firstTouchAttribution")]),
  rule("disqualified leads are protected", 85, "review", [is("field", "leadStatus"), is("isSystemOfRecord", false), is("protectedInForce", true)]),
  rule("HubSpot sets only Contacted or Engaged", 80, "reject", [
    is("field", "leadStatus"),
    is("system", "map"),
    { not: isIn("value", ["Contacted", "Engaged"]) },
  ]),
  rule("no HubSpot status change while a rep works the lead", 75, "reject", [is("field", "leadStatus"), is("system", "map"), is("recentActivity", true)]),
  rule("HubSpot's listed statuses are permitted", 74, "permit", [is("field", "leadStatus"), is("system", "map")]),
  rule("stages do not move backward", 70, "review", [isIn("field", ["lifecycleStage", "opportunityStage"]), is("backward", true), is("namedDemotion", false)]),
  rule("HubSpot may move the lifecycle forward", 69, "permit", [is("field", "lifecycleStage"), is("system", "map"), is("forward", true)]),
  rule("a fill never clears", 65, "reject", [isIn("field", ["jobTitle", "company"]), is("system", "enrichment"), is("blank", true)]),
  rule("a fill needs a blank or stale value", 64, "reject", [isIn("field", ["jobTitle", "company"]), is("system", "enrichment"), is("stale", false)]),
  rule("a fill into another role category goes to review", 63, "review", [is("field", "jobTitle"), is("system", "enrichment"), is("categoryChange", true)]),
  rule("profile fields take the newest edit", 60, "accept", [isIn("field", ["jobTitle", "company"])]),
  rule("the system of record's change is accepted", 10, "accept", [is("isSystemOfRecord", true)]),
];

const ROLE_CATEGORIES = {
  executive: ["chief", "ceo", "cfo", "cmo", "cto", "coo", "president", "founder", "owner"],
  vicePresident: ["vp", "vice president", "svp", "evp"],
  director: ["director", "head of"],
  manager: ["manager", "lead", "supervisor"],
  individualContributor: ["engineer", "analyst", "specialist", "associate", "representative", "developer", "consultant"],
};

/** Builds a resolver that evaluates each change with json-rules-engine. */
export function createRulesEngineResolver(ir: PolicyIR, users: UserDirectory): (conflict: ConflictInput) => Promise<HandWrittenDecision> {
  const engine = new Engine(LEAD_RULES, { allowUndefinedFacts: true });
  const plans = new Map<string, FieldPlan>(Object.keys(ir.fields).map((key) => [key, buildFieldPlan(ir, key)!]));

  return async (conflict) => {
    const plan = plans.get(conflict.field)!;
    const base = normalizeBase(conflict.base, plan, users);
    const changes = normalizeChanges(conflict.changes, plan, users);
    return decideWithEngine(engine, plan, base.value, base.at, changes);
  };
}

async function decideWithEngine(
  engine: Engine,
  plan: FieldPlan,
  baseValue: CanonicalValue,
  baseAt: number | null,
  changes: NormalizedChange[],
): Promise<HandWrittenDecision> {
  const field = plan.field;
  const order: readonly string[] = field.rule.noRegression?.order ?? [];
  const rank = (value: CanonicalValue) => (value === null ? -1 : order.indexOf(String(value)));
  const activity = changes.flatMap((change) => [change.facts.lastActivityAt ?? -Infinity, change.system === "crm" ? change.at : -Infinity]);
  const locked = baseValue ?? changes.find((change) => change.problem === null && change.value !== null)?.value ?? null;

  let review = false;
  let inForce = baseValue;
  let holder = { value: baseValue, at: baseAt ?? -Infinity };
  const accepted: NormalizedChange[] = [];
  const permitted: NormalizedChange[] = [];
  const others: NormalizedChange[] = [];

  // A change that repeats its system's previous value (its earlier change, else the base) is no change.
  const previousBySystem = new Map<string, CanonicalValue>();
  for (const change of changes) {
    const previous = previousBySystem.has(change.system) ? previousBySystem.get(change.system)! : baseValue;
    const hasValue = change.problem === null || change.value !== null;
    if (hasValue) {
      previousBySystem.set(change.system, change.value);
    }
    if (hasValue && canonicalEquals(change.value, previous)) {
      continue;
    }
    if (change.problem !== null) {
      review ||= change.problem === "unmappedUser";
      continue;
    }
    const facts = {
      field: plan.facts.key,
      system: change.system,
      value: change.value,
      isSystemOfRecord: change.system === field.systemOfRecord,
      baseOptedOut: baseValue === true,
      hasEvidence: change.facts.consentEvidence,
      differsFromLocked: locked !== null && !canonicalEquals(change.value, locked),
      protectedInForce: inForce === "Disqualified" && change.value !== inForce,
      recentActivity: activity.some((time) => time <= change.at && change.at - time <= 14 * DAY_MS),
      backward: rank(inForce) !== -1 && rank(change.value) < rank(inForce),
      forward: rank(change.value) > rank(inForce),
      namedDemotion:
        change.system === field.systemOfRecord &&
        (field.rule.noRegression?.demotions ?? []).some((demotion) => demotion.from === inForce && demotion.to === change.value),
      blank: change.value === null,
      stale: holder.value === null || change.at - (change.facts.fieldChangedAt ?? holder.at) > 90 * DAY_MS,
      categoryChange: isCategoryChange(holder.value, change.value),
    };
    const { events } = await engine.run(facts);
    const verdict = (events[0]?.type ?? "none") as Verdict;

    if (verdict === "review") {
      review = true;
    } else if (verdict === "accept") {
      accepted.push(change);
      holder = { value: change.value, at: change.at };
      if (change.system === field.systemOfRecord) {
        inForce = change.value;
      }
    } else if (verdict === "permit") {
      permitted.push(change);
    } else if (verdict === "none") {
      others.push(change);
    }
  }

  return pickValue(plan, baseValue, { accepted, permitted, others, review });
}

function isCategoryChange(from: CanonicalValue, to: CanonicalValue): boolean {
  if (typeof from !== "string" || typeof to !== "string") {
    return false;
  }
  const before = findCategory(from, ROLE_CATEGORIES);
  const after = findCategory(to, ROLE_CATEGORIES);
  return before !== undefined && after !== undefined && before !== after;
}

function pickValue(
  plan: FieldPlan,
  baseValue: CanonicalValue,
  verdicts: { accepted: NormalizedChange[]; permitted: NormalizedChange[]; others: NormalizedChange[]; review: boolean },
): HandWrittenDecision {
  const field = plan.facts.key;
  const latest = (changes: NormalizedChange[]) => changes.reduce<NormalizedChange | undefined>((found, change) => (found === undefined || change.at > found.at ? change : found), undefined);
  let review = verdicts.review;

  if (field === "consent") {
    const optOut = verdicts.accepted.some((change) => change.value === true);
    const optIn = verdicts.accepted.some((change) => change.value !== true);
    if (optOut || optIn) {
      return { value: optOut, outcome: "resolved" };
    }
    return { value: pickOwnerValue(), outcome: "resolved" };
  }
  if (field === "firstTouchAttribution" || field === "jobTitle" || field === "company") {
    const winner = field === "firstTouchAttribution" ? verdicts.accepted[0] : latest(verdicts.accepted);
    return { value: winner === undefined ? baseValue : winner.value, outcome: review ? "review" : "resolved" };
  }
  const value = pickOwnerValue();
  review ||= field === "leadOwner" && verdicts.others.some((change) => !canonicalEquals(change.value, value));
  return { value, outcome: review ? "review" : "resolved" };

  // The system of record's latest accepted change, else the latest permitted one, else the base.
  function pickOwnerValue(): CanonicalValue {
    const winner = latest(verdicts.accepted) ?? latest(verdicts.permitted);
    return winner === undefined ? baseValue : winner.value;
  }
}
