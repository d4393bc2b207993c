// Generated conflicts on the default policy for the resolver benchmark. They cover every field of
// the policy with one to three changes each, in the value encodings Salesforce and HubSpot send:
// picklist labels and internal values, "true" strings, 15- and 18-character user Ids, `+0000`
// offsets and epoch milliseconds. A fixed seed makes every run resolve the same conflicts.

import type { ChangeInput, ConflictInput } from "../packages/core/src/index";
import type { UserDirectory } from "../packages/runtime/src/index";
import { computeSalesforceIdSuffix } from "../packages/runtime/src/index";

/** The clock every benchmark subject resolves with. */
export const BENCH_NOW = new Date("2026-12-04T20:00:00Z");

const USER_COUNT = 20;
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 9, 1);

/** Builds the user directory of the workload: reps active in Salesforce and HubSpot. */
export function buildBenchUsers(): UserDirectory {
  return {
    users: Array.from({ length: USER_COUNT }, (_, index) => {
      const id15 = `0055f000005m${String(index).padStart(3, "0")}`;
      return {
        email: `rep${index}@example.com`,
        ids: { crm: id15 + computeSalesforceIdSuffix(id15), map: String(280725600 + index) },
        active: { crm: true, map: index % 10 !== 9 },
      };
    }),
  };
}

/** Creates a small deterministic random source, a 32-bit linear congruential generator. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const LIFECYCLE = ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"];
const LIFECYCLE_CRM = ["Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer"];
const STATUS = ["New", "Working", "Contacted", "Engaged", "Qualified", "Disqualified"];
const STATUS_CRM = ["Open - Not Contacted", "Working - Contacted", "Contacted", "Engaged", "Closed - Converted", "Closed - Not Converted"];
const STATUS_MAP = ["NEW", "IN_PROGRESS", "ATTEMPTED_TO_CONTACT", "CONNECTED", "OPEN_DEAL", "UNQUALIFIED"];
const SOURCES = ["Organic Search", "Paid Search", "Email Marketing", "Referrals", "Direct Traffic"];
const SOURCES_MAP = ["ORGANIC_SEARCH", "PAID_SEARCH", "EMAIL_MARKETING", "REFERRALS", "DIRECT_TRAFFIC"];
const STAGES = ["Appointment Scheduled", "Qualified to Buy", "Presentation Scheduled", "Contract Sent", "Closed Won"];
const STAGES_CRM = ["Prospecting", "Qualification", "Value Proposition", "Proposal/Price Quote", "Closed Won"];
const STAGES_MAP = ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "contractsent", "closedwon"];
const TITLES = ["Data Engineer", "VP Marketing", "Head of Growth", "Account Manager", "Chief Executive Officer", "[[unknown]]"];
const COMPANIES = ["Example Co", "Example Corporation", "Unknown", "Acme Inc"];

type ChangeFactory = (random: () => number, at: number) => ChangeInput;
interface FieldWorkload {
  field: string;
  base: (random: () => number) => unknown;
  changes: ChangeFactory[];
}

const users = buildBenchUsers().users;

const WORKLOADS: FieldWorkload[] = [
  {
    field: "leadOwner",
    base: (random) => pick(random, users).email,
    changes: [
      (random, at) => crm(pick(random, users).ids.crm!.slice(0, random() < 0.5 ? 15 : 18), at),
      (random, at) => map(pick(random, users).ids.map!, at),
    ],
  },
  {
    field: "lifecycleStage",
    base: (random) => pick(random, LIFECYCLE),
    changes: [(random, at) => crm(pick(random, LIFECYCLE_CRM), at), (random, at) => map(pick(random, LIFECYCLE), at)],
  },
  {
    field: "leadStatus",
    base: (random) => pick(random, STATUS),
    changes: [
      (random, at) => crm(pick(random, STATUS_CRM), at),
      (random, at) => map(pick(random, STATUS_MAP), at, random() < 0.3 ? { lastActivityAt: at - Math.floor(random() * 30) * DAY_MS } : undefined),
    ],
  },
  {
    field: "consent",
    base: (random) => random() < 0.5,
    changes: [
      (random, at) => crm(random() < 0.5, at),
      (random, at) => map(random() < 0.5 ? "true" : "false", at, random() < 0.3 ? { consentEvidence: "form" } : undefined),
    ],
  },
  {
    field: "emailEngagementScore",
    base: (random) => Math.floor(random() * 100),
    changes: [(random, at) => crm(Math.floor(random() * 100), at), (random, at) => map(String(Math.floor(random() * 100)), at)],
  },
  {
    field: "firstTouchAttribution",
    base: (random) => (random() < 0.5 ? null : pick(random, SOURCES)),
    changes: [(random, at) => crm(pick(random, SOURCES), at), (random, at) => map(pick(random, SOURCES_MAP), at)],
  },
  {
    field: "jobTitle",
    base: (random) => pick(random, TITLES),
    changes: [(random, at) => enrichment(pick(random, TITLES), at), (random, at) => crm(pick(random, TITLES), at)],
  },
  {
    field: "company",
    base: (random) => pick(random, COMPANIES),
    changes: [(random, at) => enrichment(pick(random, COMPANIES), at), (random, at) => map(pick(random, COMPANIES), at)],
  },
  {
    field: "opportunityStage",
    base: (random) => pick(random, STAGES),
    changes: [(random, at) => crm(pick(random, STAGES_CRM), at), (random, at) => map(pick(random, STAGES_MAP), at)],
  },
];

function crm(value: unknown, at: number, context?: Record<string, unknown>): ChangeInput {
  // Salesforce sends ISO 8601 with a `+0000` offset.
  return withContext({ system: "crm", value, at: new Date(at).toISOString().replace("Z", "+0000"), actor: "0055f000005mc66AAA" }, context);
}

function map(value: unknown, at: number, context?: Record<string, unknown>): ChangeInput {
  // HubSpot sends epoch milliseconds.
  return withContext({ system: "map", value, at, actor: "hubspot.integration@example.com" }, context);
}

function enrichment(value: unknown, at: number): ChangeInput {
  return { system: "enrichment", value, at: new Date(at).toISOString(), actor: "enrichment.integration@example.com" };
}

function withContext(change: ChangeInput, context: Record<string, unknown> | undefined): ChangeInput {
  return context === undefined ? change : { ...change, context };
}

/** Generates the `index`-th conflict of the workload; the same index always gives the same conflict. */
export function generateConflict(index: number): ConflictInput {
  const random = createRandom(index * 2654435761);
  const workload = WORKLOADS[index % WORKLOADS.length]!;
  const baseAt = START + Math.floor(random() * 30) * DAY_MS;
  const changeCount = 1 + Math.floor(random() * Math.min(3, workload.changes.length + 1));
  const changes = Array.from({ length: changeCount }, () => {
    const at = baseAt + Math.floor(random() * 40 * DAY_MS);
    return pick(random, workload.changes)(random, at);
  });
  return {
    record: `00Q5f00000${String(index).padStart(5, "0").slice(-5)}`,
    field: workload.field,
    base: { value: workload.base(random), at: new Date(baseAt).toISOString() },
    changes,
  };
}
