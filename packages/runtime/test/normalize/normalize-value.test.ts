import { describe, expect, it } from "vitest";
import { buildPlaceholderSet } from "../../src/normalize/blank";
import { encodeValue } from "../../src/normalize/encode-value";
import { normalizeValue } from "../../src/normalize/normalize-value";
import { buildUsers, loadLeadIr } from "../factories";

const ir = loadLeadIr();
const placeholders = buildPlaceholderSet(ir.blanks, []);
const context = (field: string, system: string) => ({
  field: ir.fields[field]!,
  system,
  placeholders,
  users: buildUsers(),
});

describe("normalizeValue", () => {
  it("maps Salesforce's Closed - Not Converted to Disqualified", () => {
    expect(normalizeValue("Closed - Not Converted", context("leadStatus", "crm"))).toEqual({
      ok: true,
      value: "Disqualified",
    });
  });

  it("maps HubSpot's ATTEMPTED_TO_CONTACT to Contacted", () => {
    expect(normalizeValue("ATTEMPTED_TO_CONTACT", context("leadStatus", "map"))).toEqual({
      ok: true,
      value: "Contacted",
    });
  });

  it("maps an inbound-only value", () => {
    expect(normalizeValue("BAD_TIMING", context("leadStatus", "map"))).toEqual({ ok: true, value: "Working" });
  });

  it("rejects a native value outside the value map", () => {
    expect(normalizeValue("SOMETHING_ELSE", context("leadStatus", "map"))).toEqual({
      ok: false,
      reason: "unmappedValue",
    });
  });

  it("reads a placeholder as blank before mapping", () => {
    expect(normalizeValue("Unknown", context("leadStatus", "map"))).toEqual({ ok: true, value: null });
  });

  it("reads HubSpot's string true as a boolean", () => {
    expect(normalizeValue("true", context("consent", "map"))).toEqual({ ok: true, value: true });
  });

  it("maps a 15-character Salesforce user Id to the lower-case email", () => {
    expect(normalizeValue("0055f000005mc66", context("leadOwner", "crm"))).toEqual({
      ok: true,
      value: "dana.reyes@example.com",
    });
  });

  it("maps a HubSpot owner id to the lower-case email", () => {
    expect(normalizeValue("280725669", context("leadOwner", "map"))).toEqual({
      ok: true,
      value: "dana.reyes@example.com",
    });
  });

  it("rejects a Salesforce user Id that differs only in letter case", () => {
    expect(normalizeValue("0055F000005MC66", context("leadOwner", "crm"))).toEqual({
      ok: false,
      reason: "unmappedUser",
    });
  });

  it.each(["0x10", "0b1", "0o7", "1_000", "12abc"])("rejects %s, which is no decimal number", (text) => {
    expect(normalizeValue(text, context("emailEngagementScore", "map"))).toEqual({ ok: false, reason: "invalidValue" });
  });

  it.each([["-3", -3], ["+4", 4], ["1e2", 100], [".5", 1], ["7.", 7]])("reads %s as a decimal number", (text, value) => {
    expect(normalizeValue(text, context("emailEngagementScore", "map"))).toEqual({ ok: true, value });
  });

  it("rounds a number to the field's scale", () => {
    expect(normalizeValue("41.6", context("emailEngagementScore", "map"))).toEqual({ ok: true, value: 42 });
  });

  it("rejects text longer than the maximum length", () => {
    expect(normalizeValue("x".repeat(129), context("jobTitle", "crm"))).toEqual({ ok: false, reason: "tooLong" });
  });
});

describe("encodeValue", () => {
  const encode = (field: string, system: string, value: Parameters<typeof encodeValue>[0]) =>
    encodeValue(value, { field: ir.fields[field]!, system, systemKind: ir.systems[system]!.kind, users: buildUsers() });

  it("writes a canonical status in Salesforce's encoding", () => {
    expect(encode("leadStatus", "crm", "Disqualified")).toEqual({ ok: true, value: "Closed - Not Converted" });
  });

  it("writes booleans to HubSpot as strings", () => {
    expect(encode("consent", "map", true)).toEqual({ ok: true, value: "true" });
  });

  it("writes an owner as the target system's user id", () => {
    expect(encode("leadOwner", "map", "dana.reyes@example.com")).toEqual({ ok: true, value: "280725669" });
  });

  it("finds no target id for a user inactive there", () => {
    expect(encode("leadOwner", "map", "sam.patel@example.com")).toEqual({ ok: false, reason: "unmappedUser" });
  });

  it("clears a HubSpot property with an empty string", () => {
    expect(encode("jobTitle", "map", null)).toEqual({ ok: true, value: "" });
  });
});
