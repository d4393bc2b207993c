import { describe, expect, it } from "vitest";
import { buildPlaceholderSet, isBlank } from "../../src/normalize/blank";

const placeholders = buildPlaceholderSet(["Unknown"], ["[[unknown]]"]);

describe("isBlank", () => {
  it.each([[null], [undefined], [""], ["   "], ["Unknown"], ["unknown"], [" [[unknown]] "], [[]]])(
    "counts %j as blank",
    (value) => {
      expect(isBlank(value, placeholders)).toBe(true);
    },
  );

  it.each([["Acme"], [0], [false], ["N/A"]])("counts %j as a value", (value) => {
    expect(isBlank(value, placeholders)).toBe(false);
  });
});
