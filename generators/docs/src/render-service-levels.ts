// The service levels the policy promises. They cover how fast each category of field syncs, the
// locks and the direction values flow, each review queue's owner and response time, and how long
// every change stays in the audit trail.

import type { Field, FieldCategory, PolicyIR, Weekday } from "@fieldpolicy/core";
import { renderCode, renderText } from "./escape-markdown";
import {
  capitalize,
  describeReviewCondition,
  joinWords,
  listOtherSystems,
  renderCount,
  renderField,
  renderMinutes,
  renderQueue,
  renderResponseTime,
  renderSystem,
} from "./render-policy-terms";
import { renderTable } from "./render-table";
import { renderParagraph } from "./render-blocks";

// Category order for the sync table: the order of the schema's enumeration, most critical first.
const CATEGORY_ORDER: readonly FieldCategory[] = [
  "ownership",
  "lifecycle",
  "status",
  "consent",
  "attribution",
  "scoring",
  "profile",
  "other",
];

const WEEKDAY_ORDER: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

function listFieldKeys(ir: PolicyIR): string[] {
  return Object.keys(ir.fields).sort();
}

function renderSyncIntervals(ir: PolicyIR): string {
  const rows: string[][] = [];
  for (const category of CATEGORY_ORDER) {
    const intervals = new Map<number, string[]>();
    for (const key of listFieldKeys(ir)) {
      const field = ir.fields[key]!;
      if (field.category === category) {
        intervals.set(field.syncIntervalMinutes, [
          ...(intervals.get(field.syncIntervalMinutes) ?? []),
          renderField(field),
        ]);
      }
    }
    for (const minutes of [...intervals.keys()].sort((left, right) => left - right)) {
      rows.push([capitalize(category), joinWords(intervals.get(minutes)!, "and"), renderMinutes(minutes)]);
    }
  }
  return [
    "### Sync intervals",
    renderParagraph("The longest time between a change in one system and its arrival in the others."),
    renderTable(["Category", "Fields", "Syncs within"], rows),
  ].join("\n\n");
}

function describeDirection(ir: PolicyIR, field: Field): string {
  const owner = renderSystem(ir, field.systemOfRecord);
  const others = joinWords(
    listOtherSystems(field).map((system) => renderSystem(ir, system)),
    "and",
  );
  if (others === "") {
    return `Stays in ${owner}`;
  }
  if (field.lockDirection === "fromSystemOfRecord") {
    return `From ${owner} to ${others}`;
  }
  const all = [field.systemOfRecord, ...listOtherSystems(field)].map((system) => renderSystem(ir, system));
  return `Two-way between ${joinWords(all, "and")}`;
}

function listLocks(ir: PolicyIR, field: Field): string[] {
  const rule = field.rule;
  const systems = (names: readonly string[]) =>
    joinWords(
      names.map((name) => renderSystem(ir, name)),
      "and",
    );
  const locks: string[] = [];
  if (rule.readOnlyFor) {
    locks.push(`read-only for ${systems(rule.readOnlyFor)}`);
  }
  if (rule.lockAfterFirstWrite) {
    const corrections = rule.lockAfterFirstWrite.correctableBy;
    locks.push(
      corrections.length === 0
        ? "final after the first value"
        : `final after the first value, correctable by ${systems(corrections)}`,
    );
  }
  if (rule.protectedValues) {
    const values = rule.protectedValues.map((value) => renderText(value));
    locks.push(`${joinWords(values, "and")} locked for every system but ${renderSystem(ir, field.systemOfRecord)}`);
  }
  if (rule.recentActivityLock) {
    const lock = rule.recentActivityLock;
    locks.push(
      `locked for ${systems(lock.systems)} for ${renderCount(lock.windowDays, "day")} after activity in ${renderSystem(ir, field.systemOfRecord)}`,
    );
  }
  if (rule.fillBlankOrStale && rule.fillBlankOrStale.verifiedLockDays > 0) {
    const fill = rule.fillBlankOrStale;
    locks.push(
      `verified values locked against ${renderSystem(ir, fill.source)} for ${renderCount(fill.verifiedLockDays, "day")}`,
    );
  }
  return locks;
}

function renderLockRules(ir: PolicyIR): string {
  const rows = listFieldKeys(ir).map((key) => {
    const field = ir.fields[key]!;
    const locks = listLocks(ir, field);
    return [
      renderField(field),
      describeDirection(ir, field),
      locks.length === 0 ? "None" : capitalize(locks.join("; ")),
    ];
  });
  return [
    "### Lock rules and direction",
    renderParagraph(
      "Direction says which way the policy lets the value flow. From the system of record means the other systems' changes are rejected and written back, by the runtime resolver and, where the enforcement plan lists them, by Salesforce validation rules, even where a connector mapping itself is two-way. A lock says who may not change the value.",
    ),
    renderTable(["Field", "Direction", "Locks"], rows),
  ].join("\n\n");
}

function describeWorkingDays(days: readonly Weekday[]): string {
  return WEEKDAY_ORDER.filter((day) => days.includes(day))
    .map((day) => WEEKDAY_NAMES[day])
    .join(", ");
}

function listQueueDuties(ir: PolicyIR, queue: string): string {
  const duties: string[] = [];
  for (const key of listFieldKeys(ir)) {
    const field = ir.fields[key]!;
    for (const trigger of field.review) {
      if (trigger.queue === queue) {
        duties.push(`${renderField(field)}: ${describeReviewCondition(trigger.when)}`);
      }
    }
  }
  return duties.length === 0 ? "No field sends decisions here" : duties.join("; ");
}

function renderQueues(ir: PolicyIR): string {
  const queues = Object.keys(ir.queues).sort();
  if (queues.length === 0) {
    return ["### Exception queues", "The policy declares no review queue."].join("\n\n");
  }
  const rows = queues.map((key) => {
    const queue = ir.queues[key]!;
    const holidays = [...queue.calendar.holidays].sort().map((holiday) => renderText(holiday));
    return [
      renderQueue(ir, key),
      renderText(queue.owner),
      renderResponseTime(queue),
      renderCode(queue.calendar.timeZone),
      describeWorkingDays(queue.calendar.workingDays),
      holidays.length === 0 ? "None" : holidays.join(", "),
      listQueueDuties(ir, key),
    ];
  });
  return [
    "### Exception queues",
    renderParagraph(
      "A decision that needs a person waits in a queue. Its due time counts the queue's business days in the queue's own time zone, skipping days off and holidays.",
    ),
    renderTable(["Queue", "Owner", "Response time", "Time zone", "Working days", "Holidays", "Receives"], rows),
  ].join("\n\n");
}

function renderAuditRetention(ir: PolicyIR): string {
  const rows = listFieldKeys(ir).map((key) => {
    const field = ir.fields[key]!;
    return [
      renderField(field),
      String(field.tier),
      renderCount(field.audit.retentionDays, "day"),
      field.audit.trackHistory ? "Tracked" : "Not tracked",
    ];
  });
  return [
    "### Audit retention",
    renderParagraph(
      "Every change ends applied, rejected or queued, and its audit entry is kept for the retention period.",
    ),
    renderTable(["Field", "Tier", "Audit retention", "Salesforce field history"], rows),
  ].join("\n\n");
}

/** Renders the service levels: sync intervals, lock rules, exception queues and audit retention. */
export function renderServiceLevels(ir: PolicyIR): string {
  return [
    "## Service levels",
    renderSyncIntervals(ir),
    renderLockRules(ir),
    renderQueues(ir),
    renderAuditRetention(ir),
  ].join("\n\n");
}
