import type { StoredAuditEntry } from "./store";

/** Columns of the CSV audit export, in order. */
export const AUDIT_CSV_COLUMNS = [
  "decisionId",
  "seq",
  "record",
  "field",
  "system",
  "actor",
  "oldValue",
  "newValue",
  "at",
  "disposition",
  "reason",
  "note",
] as const;

/**
 * Quotes one CSV cell as RFC 4180 says: a cell with a comma, a quote, a line break or leading or
 * trailing space goes in double quotes, with inner quotes doubled. Values that are not strings are
 * written as JSON, so `null` and the string "null" stay apart ("null" is quoted).
 */
export function formatCsvCell(value: unknown): string {
  const text = typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value);
  const needsQuotes = /[",\r\n]/.test(text) || text !== text.trim() || (typeof value === "string" && (text === "" || text === "null"));
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats the CSV header line, ending in CRLF as RFC 4180 says. */
export function formatAuditCsvHeader(): string {
  return `${AUDIT_CSV_COLUMNS.join(",")}\r\n`;
}

/** Formats one audit entry as a CSV line ending in CRLF. */
export function formatAuditCsvLine(entry: StoredAuditEntry): string {
  return `${AUDIT_CSV_COLUMNS.map((column) => formatCsvCell(entry[column])).join(",")}\r\n`;
}
