// Small renderers for the policy's own names and quantities, shared by every section: a system,
// field or queue by its label, lists joined as English prose, durations with their unit.

import type { Field, PolicyIR, Queue, ReviewCondition } from "@fieldpolicy/core";
import { renderText } from "./escape-markdown";

/** Renders a system by its label, falling back to its key for a name the policy does not declare. */
export function renderSystem(ir: PolicyIR, system: string): string {
  return renderText(ir.systems[system]?.label ?? system);
}

/** Renders a field by its label. */
export function renderField(field: Field): string {
  return renderText(field.label);
}

/** Renders a queue by its label, falling back to its key. */
export function renderQueue(ir: PolicyIR, queue: string): string {
  return renderText(ir.queues[queue]?.label ?? queue);
}

/** Joins rendered items as prose: "A", "A or B", "A, B or C" (or "and" in place of "or"). */
export function joinWords(items: readonly string[], conjunction: "and" | "or"): string {
  if (items.length <= 1) {
    return items[0] ?? "";
  }
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** Renders a count with its unit, singular or plural: "1 business day", "3 business days". */
export function renderCount(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** Renders a number of minutes in the largest whole unit: "15 minutes", "4 hours", "1 day". */
export function renderMinutes(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) {
    return renderCount(minutes / 1440, "day");
  }
  if (minutes > 0 && minutes % 60 === 0) {
    return renderCount(minutes / 60, "hour");
  }
  return renderCount(minutes, "minute");
}

/** Lists the systems a field is bound in, other than its system of record, in key order. */
export function listOtherSystems(field: Field): string[] {
  return Object.keys(field.bindings)
    .filter((system) => system !== field.systemOfRecord)
    .sort();
}

/** Renders a queue's response time: "1 business day". */
export function renderResponseTime(queue: Queue): string {
  return renderCount(queue.responseTime.businessDays, "business day");
}

const REVIEW_CONDITION_WORDS: Readonly<Record<ReviewCondition, string>> = {
  override: "a change that overrides the system of record",
  regression: "a move backward",
  protectedValue: "an attempt to overwrite a protected value",
  lockedWrite: "a write to a value that is already final",
  categoryChange: "a fill that changes the value's category",
  optInWithoutEvidence: "a return to opted-in without consent evidence",
  limitedValue: "a value the system may not set",
  recentActivity: "a change during recent activity in the system of record",
  unmappedUser: "a user with no match in the other system",
  always: "every conflict",
};

/** Describes a review condition in plain words, as a noun phrase. */
export function describeReviewCondition(condition: ReviewCondition): string {
  return REVIEW_CONDITION_WORDS[condition];
}

/** Capitalizes the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Compares two strings by UTF-16 code units, the same order on every machine, unlike localeCompare. */
export function compareText(left: string, right: string): number {
  if (left < right) {
    return -1;
  }
  return left > right ? 1 : 0;
}
