import { describe, expect, it } from "vitest";
import { NameRegistry, buildNameFromWords, isValidSalesforceName } from "../src/salesforce-names";

describe("buildNameFromWords", () => {
  it("splits camelCase and joins words with single underscores", () => {
    expect(buildNameFromWords(["FP", "lead", "leadStatus", "ownerWins"])).toBe("FP_Lead_Lead_Status_Owner_Wins");
  });

  it("drops characters outside letters and digits", () => {
    expect(buildNameFromWords(["first-touch", "a__b"])).toBe("First_Touch_A_B");
  });
});

describe("isValidSalesforceName", () => {
  it.each([
    ["FP_Lead_Owner", true],
    ["1_Lead", false],
    ["Lead__Owner", false],
    ["Lead_", false],
    ["Lead Owner", false],
    ["A".repeat(41), false],
  ])("judges %s", (name, valid) => {
    expect(isValidSalesforceName(name)).toBe(valid);
  });
});

describe("NameRegistry", () => {
  it("keeps a short valid name", () => {
    expect(new NameRegistry().claim("FP_Lead_Owner")).toBe("FP_Lead_Owner");
  });

  it("cuts a long name to 40 characters with a hash suffix", () => {
    const name = new NameRegistry().claim(`FP_${"Very_Long_Word_".repeat(5)}End`);
    expect(name).toMatch(/^FP_Very_Long_Word_Very_Long_Word_[0-9a-f_]*$/);
    expect(name.length).toBeLessThanOrEqual(40);
  });

  it("gives the same long name the same short form every time", () => {
    const long = `FP_${"Stable_".repeat(8)}Name`;
    expect(new NameRegistry().claim(long)).toBe(new NameRegistry().claim(long));
  });

  it("numbers a name already taken, ignoring case", () => {
    const registry = new NameRegistry();
    registry.claim("FP_Lead_Owner");
    expect(registry.claim("fp_lead_owner")).toBe("fp_lead_owner_2");
  });

  it("turns any text into a valid name", () => {
    const name = new NameRegistry().claim("9 lives -- and__more_");
    expect(isValidSalesforceName(name)).toBe(true);
  });
});
