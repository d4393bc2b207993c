import { describe, expect, it } from "vitest";
import { formatAuditCsvHeader, formatAuditCsvLine, formatCsvCell, type StoredAuditEntry } from "../src/index";

describe("formatCsvCell", () => {
  it.each([
    ["plain", "Working", "Working"],
    ["comma", "Closed, Lost", '"Closed, Lost"'],
    ["quote", 'The "big" one', '"The ""big"" one"'],
    ["line feed", "line one\nline two", '"line one\nline two"'],
    ["carriage return", "a\rb", '"a\rb"'],
    ["leading space", " padded", '" padded"'],
    ["empty string", "", '""'],
    ["the text null", "null", '"null"'],
  ])("quotes %s text", (_case, value, expected) => {
    expect(formatCsvCell(value)).toBe(expected);
  });

  it("writes null as an empty cell", () => {
    expect(formatCsvCell(null)).toBe("");
  });

  it("writes numbers and booleans as JSON", () => {
    expect(formatCsvCell(42)).toBe("42");
    expect(formatCsvCell(false)).toBe("false");
  });

  it("writes lists as quoted JSON", () => {
    expect(formatCsvCell(["Email", "Webinar"])).toBe('"[""Email"",""Webinar""]"');
  });
});

describe("audit CSV", () => {
  it("ends lines with CRLF", () => {
    const entry: StoredAuditEntry = {
      decisionId: "d_1",
      seq: 0,
      record: "00Q5f000001AbCdEAA",
      field: "leadStatus",
      system: "map",
      actor: "Workflow, nightly",
      oldValue: "New",
      newValue: null,
      at: "2026-12-01T15:00:00.000Z",
      disposition: "rejected",
      reason: "limitedValue",
      note: null,
      invalidEventTime: null,
    };

    expect(formatAuditCsvHeader()).toBe("decisionId,seq,record,field,system,actor,oldValue,newValue,at,disposition,reason,note,invalidEventTime\r\n");
    expect(formatAuditCsvLine(entry)).toBe('d_1,0,00Q5f000001AbCdEAA,leadStatus,map,"Workflow, nightly",New,,2026-12-01T15:00:00.000Z,rejected,limitedValue,,\r\n');
  });

  it("keeps an invalid event time as sent", () => {
    const entry: StoredAuditEntry = {
      decisionId: "d_1",
      seq: 0,
      record: "00Q5f000001AbCdEAA",
      field: "leadStatus",
      system: "map",
      actor: "wf",
      oldValue: "New",
      newValue: "Working",
      at: "2026-12-02T00:00:00.000Z",
      disposition: "rejected",
      reason: "invalidTime",
      note: null,
      invalidEventTime: "2026-12-01T12:00:00+25:00",
    };

    expect(formatAuditCsvLine(entry)).toBe("d_1,0,00Q5f000001AbCdEAA,leadStatus,map,wf,New,Working,2026-12-02T00:00:00.000Z,rejected,invalidTime,,2026-12-01T12:00:00+25:00\r\n");
  });
});
