// Timestamps arrive as ISO 8601 with `Z`, `+02:00` or Salesforce's `+0000`, and as epoch
// milliseconds (HubSpot) or epoch seconds (some webhooks and exports). All become epoch
// milliseconds so that changes compare as instants.

// Epoch values below this are read as seconds: 1e11 seconds is the year 5138, while 1e11
// milliseconds is March 1973, before any system here recorded a change.
const SECONDS_THRESHOLD = 1e11;

// Instants outside years 1 to 9999 are not times any platform records: epoch microseconds or
// nanoseconds sent as milliseconds land there, and Date cannot format most of them.
const EARLIEST_INSTANT = Date.parse("0001-01-01T00:00:00Z");
const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const ISO_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Parses a timestamp into epoch milliseconds, or returns NaN when it is not one. An ISO string
 * without an offset is read as UTC, and a bare date as midnight UTC.
 */
export function parseInstant(input: unknown): number {
  const instant = parseAnyInstant(input);
  return instant >= EARLIEST_INSTANT && instant <= LATEST_INSTANT ? instant : Number.NaN;
}

function parseAnyInstant(input: unknown): number {
  if (typeof input === "number") {
    return parseEpoch(input);
  }
  if (typeof input !== "string") {
    return Number.NaN;
  }

  const text = input.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    return parseEpoch(Number(text));
  }

  const match = ISO_PATTERN.exec(text);
  if (match === null) {
    return Number.NaN;
  }

  const [, date = "", time = "00:00:00", offset = "Z"] = match;
  if (!isCalendarDate(date)) {
    return Number.NaN;
  }
  const fraction = time.replace(",", ".");
  return Date.parse(`${date}T${fraction}${normalizeOffset(offset)}`);
}

// Date.parse rolls 2026-02-30 over to March 2; a date that does not exist is no time.
function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** Formats epoch milliseconds as ISO 8601 in UTC. */
export function formatInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function parseEpoch(value: number): number {
  if (!Number.isFinite(value)) {
    return Number.NaN;
  }
  return Math.abs(value) < SECONDS_THRESHOLD ? value * 1000 : value;
}

// Date.parse accepts only `Z` and `±HH:MM`, so `+0000` and `+02` get their colon and minutes.
function normalizeOffset(offset: string): string {
  if (offset.toUpperCase() === "Z") {
    return "Z";
  }
  const digits = offset.slice(1).replace(":", "");
  const minutes = digits.length === 2 ? "00" : digits.slice(2);
  return `${offset[0]}${digits.slice(0, 2)}:${minutes}`;
}
