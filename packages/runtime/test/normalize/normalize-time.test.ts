import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatInstant, parseInstant } from "../../src/normalize/normalize-time";

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

describe("parseInstant's digit-by-digit path for the common forms", () => {
  // The reference is the general path, reached by a leading space the fast path does not accept.
  const general = (text: string): number => parseInstant(` ${text}`);

  it("agrees with the general path", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom("Z", ".mmmZ", ".mmm+0000"),
        (year, month, day, hour, minute, second, millisecond, form) => {
          const pad = (value: number, width: number): string => String(value).padStart(width, "0");
          const fraction = form.replace("mmm", pad(millisecond, 3));
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}`;
          expect(Object.is(parseInstant(text), general(text))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees with the general path on common forms with any character changed", () => {
    const templates = ["2026-12-04T15:30:00Z", "2026-12-04T15:30:00.000Z", "2026-12-04T15:30:00.000+0000"];
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.array(fc.tuple(fc.nat({ max: 27 }), fc.constantFrom("x", " ", "-", "+", ".", ":", "T", "Z", "9", "0")), {
          minLength: 1,
          maxLength: 3,
        }),
        (template, edits) => {
          const characters = [...template];
          for (const [position, character] of edits) {
            characters[position % characters.length] = character;
          }
          const text = characters.join("");
          expect(Object.is(parseInstant(text), general(text))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each(["2026-12-04Txx:xx:xxZ", "2026-12-04T 5:30:00Z", "2026-12-04T1-:30:00Z", "2026-12-04T15:3T:00.000+0000"])(
    "rejects %s, whose time has a non-digit",
    (text) => {
      expect(parseInstant(text)).toBeNaN();
    },
  );

  it.each(["2028-02-29T00:00:00Z", "2026-12-31T23:59:59.999Z", "0099-01-01T00:00:00Z", "1000-01-01T00:00:00.000+0000"])(
    "reads %s as the general path does",
    (text) => {
      expect(parseInstant(text)).toBe(general(text));
      expect(parseInstant(text)).not.toBeNaN();
    },
  );

  it.each(["2027-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-12-04T24:00:00Z", "2026-12-04T15:30:00.000+0100"])(
    "leaves %s to the general path",
    (text) => {
      expect(Object.is(parseInstant(text), general(text))).toBe(true);
    },
  );
});

describe("formatInstant", () => {
  it("writes what Date#toISOString writes for every instant a change can carry", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (epochMs) => {
        expect(formatInstant(epochMs)).toBe(new Date(epochMs).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it.each([Date.UTC(1000, 0, 1), Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2100, 2, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999), 0, -1])(
    "writes %d as Date does",
    (epochMs) => {
      expect(formatInstant(epochMs)).toBe(new Date(epochMs).toISOString());
    },
  );
});
