import { describe, expect, it } from "vitest";
import { findCategory } from "../../src/rules/role-category";

const CATEGORIES = { vicePresident: ["vp", "vice president"], director: ["director", "head of"] };

describe("findCategory", () => {
  it("matches a keyword as a whole word", () => {
    expect(findCategory("VP, Marketing", CATEGORIES)).toBe("vicePresident");
  });

  it("matches a phrase", () => {
    expect(findCategory("Head of Growth", CATEGORIES)).toBe("director");
  });

  it("ignores a keyword inside another word", () => {
    expect(findCategory("MVP Developer", CATEGORIES)).toBeUndefined();
  });
});
