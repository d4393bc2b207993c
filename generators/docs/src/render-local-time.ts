// Times in a queue's own time zone, so a reviewer reads a due time as their wall clock shows it.

/**
 * Renders an ISO 8601 instant as `YYYY-MM-DD HH:mm` in an IANA time zone, from the numeric parts
 * of Intl.DateTimeFormat so the text does not depend on the machine's locale. Returns null for
 * an invalid instant or time zone.
 */
export function renderLocalTime(instant: string, timeZone: string): string | null {
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) {
    return null;
  }

  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(time);
  } catch {
    // An unknown time zone: the caller shows the UTC time alone.
    return null;
  }

  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}
