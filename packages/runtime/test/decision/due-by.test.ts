import type { Calendar } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { computeDueBy } from "../../src/decision/due-by";

const NEW_YORK: Calendar = { timeZone: "America/New_York", workingDays: ["mon", "tue", "wed", "thu", "fri"], holidays: ["2026-12-25"] };

describe("computeDueBy", () => {
  it("counts the next working day from a Tuesday", () => {
    expect(computeDueBy(Date.parse("2026-12-01T15:00:00Z"), 1, NEW_YORK)).toBe("2026-12-03T04:59:59.999Z");
  });

  it("skips the weekend", () => {
    expect(computeDueBy(Date.parse("2026-12-04T20:00:00Z"), 1, NEW_YORK)).toBe("2026-12-08T04:59:59.999Z");
  });

  it("skips a holiday", () => {
    expect(computeDueBy(Date.parse("2026-12-24T15:00:00Z"), 1, NEW_YORK)).toBe("2026-12-29T04:59:59.999Z");
  });

  it("counts the local day of the calendar's time zone", () => {
    // 02:00 UTC on Wednesday is still Tuesday evening in New York.
    expect(computeDueBy(Date.parse("2026-12-02T02:00:00Z"), 1, NEW_YORK)).toBe("2026-12-03T04:59:59.999Z");
  });

  it("honours a calendar's own working days", () => {
    const weekend: Calendar = { timeZone: "UTC", workingDays: ["sat", "sun"], holidays: [] };
    expect(computeDueBy(Date.parse("2026-12-01T12:00:00Z"), 1, weekend)).toBe("2026-12-05T23:59:59.999Z");
  });

  it("follows the daylight saving change", () => {
    expect(computeDueBy(Date.parse("2026-03-06T15:00:00Z"), 1, NEW_YORK)).toBe("2026-03-10T03:59:59.999Z");
  });
});
