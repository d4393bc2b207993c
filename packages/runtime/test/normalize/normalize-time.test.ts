import { describe, expect, it } from "vitest";
import { parseInstant } from "../../src/normalize/normalize-time";

const INSTANT = Date.UTC(2026, 11, 4, 15, 30, 0);

describe("parseInstant", () => {
  it.each([
    ["ISO 8601 with Z", "2026-12-04T15:30:00Z"],
    ["ISO 8601 with milliseconds", "2026-12-04T15:30:00.000Z"],
    ["an offset with a colon", "2026-12-04T17:30:00+02:00"],
    ["Salesforce's offset without a colon", "2026-12-04T15:30:00.000+0000"],
    ["a negative offset without a colon", "2026-12-04T10:30:00-0500"],
    ["epoch milliseconds", INSTANT],
    ["epoch seconds", INSTANT / 1000],
    ["epoch milliseconds as a string", String(INSTANT)],
    ["an offset of hours only", "2026-12-04T17:30:00+02"],
  ])("reads %s", (_name, input) => {
    expect(parseInstant(input)).toBe(INSTANT);
  });

  it("reads a time without an offset as UTC", () => {
    expect(parseInstant("2026-12-04T15:30:00")).toBe(INSTANT);
  });

  it.each([["not a time"], [""], [null], [{}], [Number.NaN], ["2026-13-45T99:00:00Z"]])(
    "returns NaN for %j",
    (input) => {
      expect(parseInstant(input)).toBeNaN();
    },
  );
});

describe("parseInstant outside real times", () => {
  it.each([1e20, -1e20, "99999999999999999999", 1796126400000000])("rejects %s, which no platform records", (input) => {
    expect(parseInstant(input)).toBeNaN();
  });

  it.each(["2026-02-30T00:00:00Z", "2026-02-29T00:00:00Z"])("rejects the date that does not exist %s", (input) => {
    expect(parseInstant(input)).toBeNaN();
  });

  it("accepts February 29 of a leap year", () => {
    expect(parseInstant("2028-02-29T00:00:00Z")).toBe(Date.UTC(2028, 1, 29));
  });
});
