// A plain hand-written resolver of the default policy's field table, as a team would write it
// without fieldpolicy: one function per field with the value maps and rules inlined. It is the
// baseline of the resolver benchmark. `createHandWrittenResolver` returns only the decided value
// and whether the conflict goes to review, and `createHandWrittenFullResolver` adds the rest of a
// decision. It covers the encodings of the benchmark workload, not every input.

import type { ChangeInput, ConflictInput } from "../packages/core/src/index";
import { computeDecisionId, type UserDirectory } from "../packages/runtime/src/index";

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

// The full decision. The baseline above computes only the value and the outcome, which skips work
// that fieldpolicy's resolvers do on every conflict. The wrapper below adds that work as a team
// would write it by hand. It computes the decision id (SHA-256 of the conflict with sorted keys
// and changes) and each system's write in its own encoding. It also lists rejections, one audit
// entry per change, the review request with its due time and a one-sentence explanation.

/** A decision with every key fieldpolicy's decisions have, built by the hand-written resolver. */
export interface HandWrittenFullDecision extends HandWrittenDecision {
  id: string;
  record: string;
  field: string;
  source: string;
  writes: { system: string; value: unknown; id: string }[];
  rejected: { system: string; value: unknown; at: string; reason: string }[];
  review: { queue: string; trigger: string; reason: string; dueBy: string } | null;
  rule: { id: string; explanation: string };
  audit: { decisionId: string; record: string; field: string; system: string; actor: string; oldValue: unknown; newValue: unknown; at: string; disposition: string; reason: string }[];
}

// The review queue and trigger of each field the policy reviews.
const REVIEWS: Record<string, { queue: "revops" | "dataQuality"; trigger: string }> = {
  leadOwner: { queue: "revops", trigger: "override" },
  lifecycleStage: { queue: "revops", trigger: "regression" },
  leadStatus: { queue: "revops", trigger: "protectedValue" },
  firstTouchAttribution: { queue: "revops", trigger: "lockedWrite" },
  jobTitle: { queue: "dataQuality", trigger: "categoryChange" },
  opportunityStage: { queue: "revops", trigger: "regression" },
};

/**
 * Builds the hand-written resolver that returns full decisions. NOTE: a change counts as applied
 * when its native value equals the decided value's encoding in its system. That approximates the
 * rule-by-rule dispositions, so the benchmark compares only value and outcome.
 */
export function createHandWrittenFullResolver(users: UserDirectory, now: Date): (conflict: ConflictInput) => HandWrittenFullDecision {
  const decide = createHandWrittenResolver(users, now);
  const encode = createEncoder(users);
  // The clock is fixed for a session, so each queue's due time is computed once.
  const dueBy = { revops: computeLocalDueBy(now, 1, "America/New_York"), dataQuality: computeLocalDueBy(now, 3, "Europe/Dublin") };

  return (conflict) => {
    const { value, outcome } = decide(conflict);
    // The id is fieldpolicy's own, because decisions of both resolvers go to the same store, whose
    // duplicate check keys on it.
    const id = computeDecisionId(conflict);
    const base = conflict.base?.value ?? null;
    const review = outcome === "review" ? REVIEWS[conflict.field] : undefined;

    const latest = new Map<string, Change & { native: unknown }>();
    const audit: HandWrittenFullDecision["audit"] = [];
    const rejected: HandWrittenFullDecision["rejected"] = [];
    let source = "base";
    for (const input of conflict.changes) {
      const change = toChange(input);
      const at = new Date(change.at).toISOString();
      const applied = encode(conflict.field, change.system, value) === input.value;
      let disposition = "applied";
      if (!applied) {
        disposition = review === undefined ? "rejected" : "queued";
      }
      const reason = applied ? "adopted" : (review?.trigger ?? "overriddenBySystemOfRecord");
      if (applied) {
        source = change.system;
      } else {
        rejected.push({ system: change.system, value: input.value, at, reason });
      }
      audit.push({ decisionId: id, record: conflict.record, field: conflict.field, system: change.system, actor: input.actor, oldValue: base, newValue: input.value, at, disposition, reason });
      if ((latest.get(change.system)?.at ?? -Infinity) <= change.at) {
        latest.set(change.system, { ...change, native: input.value });
      }
    }

    const writes: HandWrittenFullDecision["writes"] = [];
    for (const system of conflict.field === "jobTitle" || conflict.field === "company" ? SYSTEM_ORDER : ["crm", "map"]) {
      const native = encode(conflict.field, system, value);
      const held = latest.get(system);
      if (held === undefined ? base !== value : held.native !== native) {
        writes.push({ system, value: native, id: `${id}:${system}` });
      }
    }

    const described = value === null ? "blank" : JSON.stringify(value);
    return {
      id,
      record: conflict.record,
      field: conflict.field,
      outcome,
      value,
      source,
      writes,
      rejected,
      review: review === undefined ? null : { queue: review.queue, trigger: review.trigger, reason: `A change to ${conflict.field} needs a person (${review.trigger}).`, dueBy: dueBy[review.queue] },
      rule: { id: `${conflict.field}.${review?.trigger ?? "ownerWins"}`, explanation: `${conflict.field} keeps ${described} after ${conflict.changes.length} changes.` },
      audit,
    };
  };
}

// Encodes a canonical value in one system's encoding, the inverse of the value maps above.
function createEncoder(users: UserDirectory): (field: string, system: string, value: unknown) => unknown {
  const invert = (map: Record<string, string>) => new Map(Object.entries(map).map(([native, canonical]) => [canonical, native]));
  const maps: Record<string, Map<string, string>> = {
    "lifecycleStage:crm": invert(LIFECYCLE_CRM),
    "leadStatus:crm": invert(STATUS_CRM),
    "leadStatus:map": invert(STATUS_MAP),
    "firstTouchAttribution:map": invert(SOURCE_MAP),
    "opportunityStage:crm": invert(STAGE_CRM),
    "opportunityStage:map": invert(STAGE_MAP),
  };
  const ownerIds = new Map<string, Record<string, string>>(users.users.map((user) => [user.email.toLowerCase(), user.ids]));
  return (field, system, value) => {
    if (value === null) {
      return null;
    }
    if (field === "leadOwner") {
      return ownerIds.get(String(value))?.[system] ?? null;
    }
    if (field === "consent" || field === "emailEngagementScore") {
      return system === "map" ? String(value) : value;
    }
    return maps[`${field}:${system}`]?.get(String(value)) ?? value;
  };
}

// The end of the Nth working day (Monday to Friday) after `now`'s local day in a time zone, as
// the local date with the zone's name. Holidays are left out: the figure is computed once per
// queue, so it does not change the measured cost.
function computeLocalDueBy(now: Date, businessDays: number, timeZone: string): string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });
  let day = now.getTime();
  for (let counted = 0; counted < businessDays; ) {
    day += DAY_MS;
    const weekday = format.formatToParts(day).find((part) => part.type === "weekday")?.value;
    if (weekday !== "Sat" && weekday !== "Sun") {
      counted += 1;
    }
  }
  const parts = Object.fromEntries(format.formatToParts(day).map((part) => [part.type, part.value]));
  return `${parts["year"]}-${parts["month"]}-${parts["day"]}T23:59:59.999 ${timeZone}`;
}
