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
  // Last, so that readers of the columns before it keep working.
  "invalidEventTime",
] as const;

/**
 * Quotes one CSV cell as RFC 4180 specifies: a cell with a comma, a quote or a line break goes in
 * double quotes, with inner quotes doubled. Cells with leading or trailing space are quoted too,
 * because some readers trim them. Values that are not strings are written as JSON, and null as an
 * empty cell, so the strings "" and "null" are quoted to stay apart from it.
 * NOTE: CSV still cannot tell the string "42" from the number 42; the jsonl export keeps types.
 */
export function formatCsvCell(value: unknown): string {
  let text: string;
  if (typeof value === "string") {
    text = value;
  } else if (value === null || value === undefined) {
    text = "";
  } else {
    text = JSON.stringify(value);
  }

  const needsQuotes = /[",\r\n]/.test(text) || text !== text.trim() || (typeof value === "string" && (text === "" || text === "null"));
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats the CSV header line, ending in CRLF as RFC 4180 specifies. */
export function formatAuditCsvHeader(): string {
  return `${AUDIT_CSV_COLUMNS.join(",")}\r\n`;
}

/** Formats one audit entry as a CSV line ending in CRLF. */
export function formatAuditCsvLine(entry: StoredAuditEntry): string {
  return `${AUDIT_CSV_COLUMNS.map((column) => formatCsvCell(entry[column])).join(",")}\r\n`;
}
