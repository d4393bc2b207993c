import { describe, expect, it } from "vitest";
import {
  computeSalesforceIdSuffix,
  isSalesforceId,
  salesforceIdsEqual,
  toSalesforceId18,
} from "../../src/normalize/salesforce-id";

// Real Ids from Salesforce's change-event documentation: a user and an account.
const USER_18 = "0055f000005mc66AAA";
const ACCOUNT_18 = "0015f00002JUX1JAAX";

describe("computeSalesforceIdSuffix", () => {
  it("gives AAA for an Id without upper-case letters", () => {
    expect(computeSalesforceIdSuffix(USER_18.slice(0, 15))).toBe("AAA");
  });

  it("encodes upper-case positions per block of five", () => {
    expect(computeSalesforceIdSuffix(ACCOUNT_18.slice(0, 15))).toBe("AAX");
  });
});

describe("salesforceIdsEqual", () => {
  it("matches a 15-character Id with its 18-character form", () => {
    expect(salesforceIdsEqual(ACCOUNT_18.slice(0, 15), ACCOUNT_18)).toBe(true);
  });

  it("tells apart Ids that differ only in letter case", () => {
    expect(salesforceIdsEqual("0015f00002JUX1J", "0015f00002jux1j")).toBe(false);
  });

  it("tells apart an 18-character Id with a wrong suffix from its 15-character form", () => {
    expect(salesforceIdsEqual("0015f00002jux1jAAX", "0015f00002jux1j")).toBe(false);
  });
});

describe("toSalesforceId18", () => {
  it("extends a 15-character Id", () => {
    expect(toSalesforceId18("0015f00002JUX1J")).toBe(ACCOUNT_18);
  });

  it("returns null for an 18-character text with a wrong suffix", () => {
    expect(toSalesforceId18("0015f00002JUX1JAAA")).toBeNull();
  });

  it("accepts a valid 18-character Id", () => {
    expect(isSalesforceId(USER_18)).toBe(true);
  });
});
