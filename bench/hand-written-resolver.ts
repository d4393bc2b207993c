// A plain hand-written resolver of the default policy's field table, as a team would write it
// without fieldpolicy: one function per field with the value maps and rules inlined. It is the
// baseline of the resolver benchmark and returns only the decided value and whether the conflict
// goes to review. It covers the encodings of the benchmark workload, not every input.

import type { ChangeInput, ConflictInput } from "../packages/core/src/index";
import type { UserDirectory } from "../packages/runtime/src/index";

/** The part of a decision the baseline computes. */
export interface HandWrittenDecision {
  value: unknown;
  outcome: "resolved" | "review";
}

interface Change {
  system: string;
  value: unknown;
  at: number;
  context: Record<string, unknown>;
}

const DAY_MS = 86_400_000;
const SYSTEM_ORDER = ["crm", "map", "enrichment"];
const BLANKS = new Set(["", "unknown", "[[unknown]]", "n/a"]);
const LIFECYCLE = ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist"];
const LIFECYCLE_CRM: Record<string, string> = {
  Subscriber: "subscriber",
  Lead: "lead",
  "Marketing Qualified Lead": "marketingqualifiedlead",
  "Sales Qualified Lead": "salesqualifiedlead",
  Opportunity: "opportunity",
  Customer: "customer",
  Evangelist: "evangelist",
};
const DEMOTIONS = new Set(["marketingqualifiedlead>lead", "salesqualifiedlead>lead", "salesqualifiedlead>marketingqualifiedlead"]);
const STATUS_CRM: Record<string, string> = {
  "Open - Not Contacted": "New",
  "Working - Contacted": "Working",
  Contacted: "Contacted",
  Engaged: "Engaged",
  "Closed - Converted": "Qualified",
  "Closed - Not Converted": "Disqualified",
};
const STATUS_MAP: Record<string, string> = {
  NEW: "New",
  IN_PROGRESS: "Working",
  ATTEMPTED_TO_CONTACT: "Contacted",
  CONNECTED: "Engaged",
  OPEN_DEAL: "Qualified",
  UNQUALIFIED: "Disqualified",
  OPEN: "New",
  BAD_TIMING: "Working",
};
const SOURCE_MAP: Record<string, string> = {
  ORGANIC_SEARCH: "Organic Search",
  PAID_SEARCH: "Paid Search",
  EMAIL_MARKETING: "Email Marketing",
  REFERRALS: "Referrals",
  DIRECT_TRAFFIC: "Direct Traffic",
};
const STAGES = ["Appointment Scheduled", "Qualified to Buy", "Presentation Scheduled", "Decision Maker Bought-In", "Contract Sent", "Closed Won", "Closed Lost"];
const STAGE_CRM: Record<string, string> = {
  Prospecting: "Appointment Scheduled",
  Qualification: "Qualified to Buy",
  "Value Proposition": "Presentation Scheduled",
  "Proposal/Price Quote": "Contract Sent",
  "Closed Won": "Closed Won",
};
const STAGE_MAP: Record<string, string> = {
  appointmentscheduled: "Appointment Scheduled",
  qualifiedtobuy: "Qualified to Buy",
  presentationscheduled: "Presentation Scheduled",
  contractsent: "Contract Sent",
  closedwon: "Closed Won",
};
const ROLE_WORDS: [string, string[]][] = [
  ["executive", ["chief", "ceo", "cfo", "cmo", "cto", "coo", "president", "founder", "owner"]],
  ["vicePresident", ["vp", "vice president", "svp", "evp"]],
  ["director", ["director", "head of"]],
  ["manager", ["manager", "lead", "supervisor"]],
  ["individualContributor", ["engineer", "analyst", "specialist", "associate", "representative", "developer", "consultant"]],
];

/** Builds the baseline resolver for a user directory. */
export function createHandWrittenResolver(users: UserDirectory, now: Date): (conflict: ConflictInput) => HandWrittenDecision {
  const ownerByCrmId = new Map<string, string>();
  const ownerByMapId = new Map<string, string>();
  const activeInMap = new Set<string>();
  for (const user of users.users) {
    const email = user.email.toLowerCase();
    ownerByCrmId.set(user.ids["crm"]!.slice(0, 15), email);
    ownerByMapId.set(user.ids["map"]!, email);
    if (user.active["map"] === true) {
      activeInMap.add(email);
    }
  }
  void now;

  return (conflict) => {
    const changes = conflict.changes.map(toChange).sort((a, b) => a.at - b.at || SYSTEM_ORDER.indexOf(a.system) - SYSTEM_ORDER.indexOf(b.system));
    const base = conflict.base?.value ?? null;
    switch (conflict.field) {
      case "leadOwner":
        return resolveOwner(base, changes, ownerByCrmId, ownerByMapId, activeInMap);
      case "lifecycleStage":
        return resolveLifecycle(base, changes);
      case "leadStatus":
        return resolveStatus(base, changes);
      case "consent":
        return resolveConsent(base, changes);
      case "emailEngagementScore":
        return resolveScore(base, changes);
      case "firstTouchAttribution":
        return resolveFirstTouch(base, changes);
      case "jobTitle":
        return resolveFill(base, conflict, changes, true);
      case "company":
        return resolveFill(base, conflict, changes, false);
      default:
        return resolveStage(base, changes);
    }
  };
}

// Returns a check that tells whether a change repeats its system's previous canonical value (its
// earlier change, else the base); such a change is no change. Calls must follow event-time order.
function createRepeatCheck(base: unknown): (system: string, value: unknown) => boolean {
  const previous = new Map<string, unknown>();
  return (system, value) => {
    const repeated = (previous.has(system) ? previous.get(system) : base) === value;
    previous.set(system, value);
    return repeated;
  };
}

function toChange(change: ChangeInput): Change {
  const at = typeof change.at === "number" ? change.at : Date.parse(String(change.at).replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return { system: change.system, value: change.value, at, context: change.context ?? {} };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && BLANKS.has(value.trim().toLowerCase()));
}

function latest(changes: Change[]): Change | undefined {
  let found: Change | undefined;
  for (const change of changes) {
    if (found === undefined || change.at > found.at) {
      found = change;
    }
  }
  return found;
}

function resolveOwner(base: unknown, changes: Change[], byCrm: Map<string, string>, byMap: Map<string, string>, activeInMap: Set<string>): HandWrittenDecision {
  const repeats = createRepeatCheck(base);
  let review = false;
  const fromCrm: Change[] = [];
  const fromMap: Change[] = [];
  for (const change of changes) {
    const owner = change.system === "crm" ? byCrm.get(String(change.value).slice(0, 15)) : byMap.get(String(change.value));
    if (repeats(change.system, owner)) {
      continue;
    }
    if (owner === undefined || (change.system === "crm" && !activeInMap.has(owner))) {
      review = true;
    } else if (change.system === "crm") {
      fromCrm.push({ ...change, value: owner });
    } else {
      fromMap.push({ ...change, value: owner });
    }
  }
  const winner = latest(fromCrm);
  const kept = winner === undefined ? base : winner.value;
  review ||= fromMap.some((change) => change.value !== kept);
  return { value: winner === undefined ? base : winner.value, outcome: review ? "review" : "resolved" };
}

function resolveLifecycle(base: unknown, changes: Change[]): HandWrittenDecision {
  const repeats = createRepeatCheck(base);
  let review = false;
  const rank = (value: unknown) => LIFECYCLE.indexOf(String(value));
  const fromCrm: Change[] = [];
  const forward: Change[] = [];
  for (const change of changes) {
    const value = change.system === "crm" ? LIFECYCLE_CRM[String(change.value)] : String(change.value);
    if (repeats(change.system, value)) {
      continue;
    }
    const previous = latest(fromCrm.filter((earlier) => earlier.at < change.at))?.value ?? base;
    const backward = rank(value) < rank(previous);
    if (change.system === "crm") {
      if (backward && !DEMOTIONS.has(`${String(previous)}>${value}`)) {
        review = true;
      } else {
        fromCrm.push({ ...change, value });
      }
    } else if (backward) {
      review = true;
    } else if (rank(value) > rank(previous)) {
      forward.push({ ...change, value });
    }
  }
  const winner = latest(fromCrm) ?? latest(forward);
  return { value: winner === undefined ? base : winner.value, outcome: review ? "review" : "resolved" };
}

function resolveStatus(base: unknown, changes: Change[]): HandWrittenDecision {
  const repeats = createRepeatCheck(base);
  let review = false;
  const fromCrm: Change[] = [];
  const permitted: Change[] = [];
  const activityTimes = [
    ...changes.filter((change) => change.system === "crm").map((change) => change.at),
    ...changes.map((change) => Number(change.context["lastActivityAt"] ?? -Infinity)),
  ];
  let inForce = base;
  for (const change of changes) {
    const value = change.system === "crm" ? STATUS_CRM[String(change.value)] : STATUS_MAP[String(change.value)];
    if (repeats(change.system, value)) {
      continue;
    }
    if (change.system === "crm") {
      fromCrm.push({ ...change, value });
      inForce = value;
      continue;
    }
    if (inForce === "Disqualified" && value !== "Disqualified") {
      review = true;
      continue;
    }
    if (value !== "Contacted" && value !== "Engaged") {
      continue;
    }
    const activity = activityTimes.filter((time) => time <= change.at);
    if (activity.some((time) => change.at - time <= 14 * DAY_MS)) {
      continue;
    }
    permitted.push({ ...change, value });
  }
  const winner = latest(fromCrm) ?? latest(permitted);
  return { value: winner === undefined ? base : winner.value, outcome: review ? "review" : "resolved" };
}

function resolveConsent(base: unknown, changes: Change[]): HandWrittenDecision {
  const repeats = createRepeatCheck(base);
  const values = changes
    .map((change) => ({ ...change, value: change.value === true || change.value === "true" }))
    .filter((change) => !repeats(change.system, change.value));
  if (values.some((change) => change.value === true)) {
    return { value: true, outcome: "resolved" };
  }
  if (base !== true) {
    const fromMap = latest(values.filter((change) => change.system === "map"));
    return { value: fromMap === undefined ? base : fromMap.value, outcome: "resolved" };
  }
  const optIn = latest(values.filter((change) => change.system === "map" && change.value === false && change.context["consentEvidence"] !== undefined));
  return { value: optIn === undefined ? true : false, outcome: "resolved" };
}

function resolveScore(base: unknown, changes: Change[]): HandWrittenDecision {
  const repeats = createRepeatCheck(base);
  const fromMap = latest(changes.filter((change) => !repeats(change.system, Number(change.value)) && change.system === "map"));
  return { value: fromMap === undefined ? base : Number(fromMap.value), outcome: "resolved" };
}

function resolveFirstTouch(base: unknown, changes: Change[]): HandWrittenDecision {
  const values = changes.map((change) => ({ ...change, value: change.system === "map" ? SOURCE_MAP[String(change.value)] : change.value }));
  const locked = base ?? values[0]?.value ?? null;
  const review = values.some((change) => change.value !== locked);
  return { value: locked, outcome: review ? "review" : "resolved" };
}

function roleOf(value: unknown): string | undefined {
  const text = ` ${String(value).toLowerCase().replace(/[^a-z0-9]+/g, " ")} `;
  return ROLE_WORDS.find(([, words]) => words.some((word) => text.includes(` ${word} `)))?.[0];
}

function resolveFill(base: unknown, conflict: ConflictInput, changes: Change[], categories: boolean): HandWrittenDecision {
  const repeats = createRepeatCheck(isBlank(base) ? null : base);
  let value: unknown = isBlank(base) ? null : base;
  let changedAt = Date.parse(String(conflict.base?.at));
  let review = false;
  for (const change of changes) {
    const next = isBlank(change.value) ? null : change.value;
    if (repeats(change.system, next)) {
      continue;
    }
    if (change.system !== "enrichment") {
      value = next;
      changedAt = change.at;
      continue;
    }
    if (value !== null && change.at - changedAt <= 90 * DAY_MS) {
      continue;
    }
    if (categories && value !== null && roleOf(value) !== undefined && roleOf(next) !== undefined && roleOf(value) !== roleOf(next)) {
      review = true;
      continue;
    }
    value = next;
    changedAt = change.at;
  }
  return { value, outcome: review ? "review" : "resolved" };
}

function resolveStage(base: unknown, changes: Change[]): HandWrittenDecision {
  const repeats = createRepeatCheck(base);
  let review = false;
  const fromCrm: Change[] = [];
  for (const change of changes) {
    if (change.system !== "crm") {
      continue;
    }
    const value = STAGE_CRM[String(change.value)];
    if (repeats(change.system, value)) {
      continue;
    }
    const previous = latest(fromCrm.filter((earlier) => earlier.at < change.at))?.value ?? base;
    if (STAGES.indexOf(String(value)) < STAGES.indexOf(String(previous))) {
      review = true;
    } else {
      fromCrm.push({ ...change, value });
    }
  }
  void STAGE_MAP;
  const winner = latest(fromCrm);
  return { value: winner === undefined ? base : winner.value, outcome: review ? "review" : "resolved" };
}
