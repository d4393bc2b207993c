import { describe, expect, it } from "vitest";
import { resolveMerge, type MergeRecord } from "../../src/merge/resolve-merge";
import { loadLeadIr } from "../factories";

const ir = loadLeadIr();

function buildRecord(overrides: Partial<MergeRecord>): MergeRecord {
  return { id: "hubspot-1", crmId: null, createdAt: "2026-01-01T00:00:00Z", fields: {}, ...overrides };
}

// The CRM-linked record is the older one; the newer duplicate came from a form fill.
const linked = buildRecord({
  id: "hubspot-1",
  crmId: "00Q5f000001abcdEAA",
  createdAt: "2026-03-01T00:00:00Z",
  fields: {
    leadStatus: { value: "Working", at: "2026-11-01T00:00:00Z" },
    consent: { value: false, at: "2026-03-01T00:00:00Z" },
    firstTouchAttribution: { value: "Paid Search", at: "2026-03-01T00:00:00Z" },
    jobTitle: { value: "Engineer", at: "2026-03-01T00:00:00Z" },
  },
});
const duplicate = buildRecord({
  id: "hubspot-2",
  createdAt: "2026-01-01T00:00:00Z",
  fields: {
    leadStatus: { value: "New", at: "2026-12-01T00:00:00Z" },
    consent: { value: "true", at: "2026-12-01T00:00:00Z" },
    firstTouchAttribution: { value: "Organic Search", at: "2026-01-01T00:00:00Z" },
    jobTitle: { value: "Staff Engineer", at: "2026-12-01T00:00:00Z" },
    company: { value: "Example Co", at: "2026-12-01T00:00:00Z" },
  },
});

describe("resolveMerge", () => {
  const result = resolveMerge(ir, { records: [duplicate, linked] });

  it("chooses the CRM-linked record as survivor over an older one", () => {
    expect(result.survivor).toBe("hubspot-1");
  });

  it("keeps the survivor's value for primary fields", () => {
    expect(result.fields.leadStatus!.value).toBe("Working");
  });

  it("keeps the most restrictive consent", () => {
    expect(result.fields.consent!.value).toBe(true);
  });

  it("keeps the earliest first touch", () => {
    expect(result.fields.firstTouchAttribution!.value).toBe("Organic Search");
  });

  it("keeps the latest job title", () => {
    expect(result.fields.jobTitle!.value).toBe("Staff Engineer");
  });

  it("fills a primary field the survivor lacks from the duplicate", () => {
    expect(result.fields.company!.from).toBe("hubspot-2");
  });

  it("chooses the earliest created record when none is linked", () => {
    const unlinked = resolveMerge(ir, { records: [buildRecord({ id: "b", createdAt: 2 }), buildRecord({ id: "a", createdAt: 1 })] });
    expect(unlinked.survivor).toBe("a");
  });
});
