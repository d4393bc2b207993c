import { describe, expect, it } from "vitest";
import { sortAsSet, splitMultiSelect } from "../../src/normalize/multi-select";

const ORDER = ["Analytics", "Automation", "CRM"];

describe("splitMultiSelect", () => {
  it.each([["Analytics;CRM"], ["CRM,Analytics"], ["Analytics | CRM"], [["CRM", "Analytics"]]])(
    "reads %j as the same set",
    (value) => {
      expect(sortAsSet(splitMultiSelect(value), ORDER)).toEqual(["Analytics", "CRM"]);
    },
  );

  it("drops empty items and duplicates", () => {
    expect(sortAsSet(splitMultiSelect("CRM;;CRM;"), ORDER)).toEqual(["CRM"]);
  });
});
