// Review due times in business days of a queue's calendar. An exception is due at the end of the
// Nth working day after the local day it was raised, in the calendar's time zone. Raised on a
// Friday afternoon with one business day, it is due at the end of Monday. Non-working weekdays and
// holidays do not count.

import type { Calendar, Weekday } from "@fieldpolicy/core";
import { DateTime } from "luxon";

const WEEKDAY_NUMBERS: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

// A year of calendar days without one working day means a broken calendar, not a long wait.
const MAX_DAYS_SEARCHED = 366 * 5;

// Due times by calendar, then by raise time and business days. A session raises every exception
// at its own clock, so one entry per queue serves a whole stream; the bound keeps a long-running
// process with a moving clock from growing without limit.
const DUE_BY_CACHE = new WeakMap<Calendar, Map<string, string>>();
const DUE_BY_CACHE_LIMIT = 1_000;

/**
 * Computes the due time, ISO 8601 in UTC, of an exception raised at `raisedAt` (epoch ms). The
 * result depends only on the arguments, so it is cached per calendar object.
 */
export function computeDueBy(raisedAt: number, businessDays: number, calendar: Calendar): string {
  let cached = DUE_BY_CACHE.get(calendar);
  if (cached === undefined) {
    cached = new Map();
    DUE_BY_CACHE.set(calendar, cached);
  }
  const key = `${raisedAt}:${businessDays}`;
  let dueBy = cached.get(key);
  if (dueBy === undefined) {
    dueBy = countBusinessDays(raisedAt, businessDays, calendar);
    if (cached.size >= DUE_BY_CACHE_LIMIT) {
      cached.clear();
    }
    cached.set(key, dueBy);
  }
  return dueBy;
}

// Luxon reads the zone's offset through Intl for every step, which costs tens of microseconds per
// due time; the cache above keeps that off the per-decision path.
function countBusinessDays(raisedAt: number, businessDays: number, calendar: Calendar): string {
  const workingDays = new Set(calendar.workingDays.map((day) => WEEKDAY_NUMBERS[day]));
  const holidays = new Set(calendar.holidays);
  let day = DateTime.fromMillis(raisedAt, { zone: calendar.timeZone }).startOf("day");
  if (!day.isValid) {
    day = DateTime.fromMillis(raisedAt, { zone: "utc" }).startOf("day");
  }

  let counted = 0;
  for (let searched = 0; counted < Math.max(businessDays, 0) && searched < MAX_DAYS_SEARCHED; searched += 1) {
    day = day.plus({ days: 1 });
    if (workingDays.has(day.weekday) && !holidays.has(day.toISODate() ?? "")) {
      counted += 1;
    }
  }

  return day.endOf("day").toUTC().toISO() ?? new Date(raisedAt).toISOString();
}
