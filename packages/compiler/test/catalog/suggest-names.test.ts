import { describe, expect, it } from "vitest";
import { countEdits, suggestNames } from "../../src/catalog/suggest-names";

describe("countEdits", () => {
  it("counts a swap of neighbors as one edit", () => {
    expect(countEdits("hs_lead_statsu", "hs_lead_status")).toBe(1);
  });

  it("counts insertions and deletions", () => {
    expect(countEdits("Title", "Titles")).toBe(1);
  });

  it("counts every character against an empty string", () => {
    expect(countEdits("", "Status")).toBe(6);
  });
});

describe("suggestNames", () => {
  it("suggests the nearest name first", () => {
    expect(suggestNames("hs_lead_statsu", ["hs_lead_status", "hs_lead_source", "firstname"])).toEqual([
      "hs_lead_status",
    ]);
  });

  it("ignores case", () => {
    expect(suggestNames("ownerid", ["OwnerId", "Owner"])[0]).toBe("OwnerId");
  });

  it("suggests nothing for a distant name", () => {
    expect(suggestNames("lifecycle", ["Status", "Title"])).toEqual([]);
  });
});
