import { describe, expect, it } from "vitest";
import { renderLocalTime } from "../src/render-local-time";

describe("renderLocalTime", () => {
  it("shows New York time in winter", () => {
    expect(renderLocalTime("2027-03-12T04:59:59.999Z", "America/New_York")).toBe("2027-03-11 23:59");
  });

  it("shows New York time after the spring clock change", () => {
    expect(renderLocalTime("2027-03-15T03:59:59.999Z", "America/New_York")).toBe("2027-03-14 23:59");
  });

  it("shows midnight as 00", () => {
    expect(renderLocalTime("2027-01-04T23:00:00.000Z", "Europe/Berlin")).toBe("2027-01-05 00:00");
  });

  it("returns null for an unknown time zone", () => {
    expect(renderLocalTime("2027-01-04T23:00:00.000Z", "Mars/Olympus_Mons")).toBeNull();
  });

  it("returns null for an invalid instant", () => {
    expect(renderLocalTime("not a time", "Europe/Berlin")).toBeNull();
  });
});
