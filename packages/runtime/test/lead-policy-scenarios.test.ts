// Scenarios for each row of the default policy's field table and each promise of its SLA. They
// use the value encodings Salesforce and HubSpot really send: picklist labels and internal values,
// HubSpot's "true" strings and epoch milliseconds, Salesforce's 15- and 18-character Ids and
// `+0000` offsets.

import type { ChangeInput } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { createResolver } from "../src/session/create-resolver";
import { buildUsers, loadLeadIr, TEST_NOW } from "./factories";

const ir = loadLeadIr();
const LEAD_ID = "00Q5f000001abcdEAA";

function decide(field: string, baseValue: unknown, changes: ChangeInput[], baseAt: string | null = "2026-11-01T12:00:00.000+0000") {
  const resolver = createResolver(ir, { now: TEST_NOW, users: buildUsers() });
  return resolver.resolve({ record: LEAD_ID, field, base: baseValue === undefined ? null : { value: baseValue, at: baseAt }, changes });
}

const crm = (value: unknown, at: ChangeInput["at"] = "2026-12-01T15:00:00.000+0000", context?: Record<string, unknown>): ChangeInput => ({
  system: "crm",
  value,
  at,
  actor: "0055f000005mc66AAA",
  ...(context === undefined ? {} : { context }),
});
const map = (value: unknown, at: ChangeInput["at"] = 1796140800000, context?: Record<string, unknown>): ChangeInput => ({
  system: "map",
  value,
  at,
  actor: "hubspot.integration@example.com",
  ...(context === undefined ? {} : { context }),
});
const enrichment = (value: unknown, at: ChangeInput["at"] = "2026-12-01T09:00:00Z"): ChangeInput => ({
  system: "enrichment",
  value,
  at,
  actor: "enrichment.integration@example.com",
});

describe("lead owner", () => {
  it("writes a Salesforce owner change to HubSpot as the owner id", () => {
    const decision = decide("leadOwner", "sam.patel@example.com", [crm("0055f000005mc66")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "map", value: "280725669" })]);
  });

  it("resolves the owner to the canonical lower-case email", () => {
    const decision = decide("leadOwner", "sam.patel@example.com", [crm("0055f000005mc66AAA")]);
    expect(decision.value).toBe("dana.reyes@example.com");
  });

  it("queues a HubSpot owner change as an override", () => {
    const decision = decide("leadOwner", "dana.reyes@example.com", [map("280725670")]);
    expect(decision.review?.trigger).toBe("override");
  });

  it("sends an owner inactive in HubSpot to review, not to a fallback owner", () => {
    const decision = decide("leadOwner", "dana.reyes@example.com", [crm("0055f000005mc77AAA")]);
    expect(decision.review).toMatchObject({ trigger: "unmappedUser", queue: "revops" });
  });

  it("treats a repeated owner inactive in HubSpot as unchanged", () => {
    const decision = decide("leadOwner", "sam.patel@example.com", [crm("0055f000005mc77AAA")]);
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["unchanged"]);
  });

  it("keeps the interim owner while an unmapped owner waits", () => {
    const decision = decide("leadOwner", "dana.reyes@example.com", [map("999999999")]);
    expect(decision.value).toBe("dana.reyes@example.com");
  });
});

describe("lifecycle stage", () => {
  it("adopts a forward move from HubSpot", () => {
    const decision = decide("lifecycleStage", "lead", [map("marketingqualifiedlead")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "crm", value: "Marketing Qualified Lead" })]);
  });

  it("queues a backward move from HubSpot", () => {
    const decision = decide("lifecycleStage", "salesqualifiedlead", [map("lead")]);
    expect(decision.review?.trigger).toBe("regression");
  });

  it("allows the named recycle from SQL back to lead in Salesforce", () => {
    const decision = decide("lifecycleStage", "salesqualifiedlead", [crm("Lead")]);
    expect(decision.outcome).toBe("resolved");
  });

  it("queues a demotion of a customer in Salesforce", () => {
    const decision = decide("lifecycleStage", "customer", [crm("Lead")]);
    expect(decision.review?.queue).toBe("revops");
  });
});

describe("lead status", () => {
  it("adopts HubSpot's ATTEMPTED_TO_CONTACT as Contacted", () => {
    const decision = decide("leadStatus", "New", [map("ATTEMPTED_TO_CONTACT")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "crm", value: "Contacted" })]);
  });

  it("rejects a status HubSpot may not set", () => {
    const decision = decide("leadStatus", "Working", [map("OPEN_DEAL")]);
    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["limitedValue"]);
  });

  it("queues an overwrite of Closed - Not Converted", () => {
    const decision = decide("leadStatus", "Disqualified", [map("CONNECTED")]);
    expect(decision.review?.trigger).toBe("protectedValue");
  });

  it("adopts Salesforce's return to the base after its own change", () => {
    const decision = decide("leadStatus", "Disqualified", [crm("Working - Contacted", "2026-12-01T08:00:00.000+0000"), crm("Closed - Not Converted")]);
    expect(decision.value).toBe("Disqualified");
  });

  it("writes Salesforce's disqualification to HubSpot as UNQUALIFIED", () => {
    const decision = decide("leadStatus", "Working", [crm("Closed - Not Converted")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "map", value: "UNQUALIFIED" })]);
  });

  it("rejects a HubSpot change while a rep works the lead", () => {
    const decision = decide("leadStatus", "Working", [map("CONNECTED", 1796140800000, { lastActivityAt: "2026-11-28T14:00:00.000+0000" })]);
    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["recentActivity"]);
  });
});

describe("consent", () => {
  it("applies HubSpot's string opt-out at once", () => {
    const decision = decide("consent", false, [map("true")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "crm", value: true })]);
  });

  it("applies a Salesforce opt-out over a later HubSpot opt-in", () => {
    const decision = decide("consent", null, [crm(true, "2026-12-01T08:00:00.000+0000"), map("false", 1796140800000)]);
    expect(decision.value).toBe(true);
  });

  it("rejects and logs a return to opted-in without evidence", () => {
    const decision = decide("consent", true, [map("false")]);
    expect(decision.audit.map((entry) => `${entry.disposition}/${entry.reason}`)).toEqual(["rejected/optInWithoutEvidence"]);
  });

  it("never sends consent to review", () => {
    const decision = decide("consent", true, [map("false")]);
    expect(decision.outcome).toBe("resolved");
  });

  it("accepts a HubSpot opt-in with consent evidence", () => {
    const decision = decide("consent", true, [map("false", 1796140800000, { consentEvidence: "double opt-in form 2026-12-01" })]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "crm", value: false })]);
  });
});

describe("email engagement score", () => {
  it("adopts HubSpot's score", () => {
    const decision = decide("emailEngagementScore", 10, [map("42")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "crm", value: 42 })]);
  });

  it("rejects a Salesforce edit of the score without review", () => {
    const decision = decide("emailEngagementScore", 10, [crm(99)]);
    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["overriddenBySystemOfRecord"]);
  });
});

describe("first touch attribution", () => {
  it("locks the earlier value even when it arrives later", () => {
    const decision = decide("firstTouchAttribution", null, [map("PAID_SEARCH", 1796140800000), crm("Web", "2026-12-01T15:00:00.000+0000")]);
    expect(decision.value).toBe("Direct Traffic");
  });

  it("queues the later write to a locked attribution", () => {
    const decision = decide("firstTouchAttribution", null, [map("PAID_SEARCH", 1796140800000), crm("Web", "2026-12-01T15:00:00.000+0000")]);
    expect(decision.review?.trigger).toBe("lockedWrite");
  });

  it("writes an inbound-only Salesforce value to HubSpot in HubSpot's encoding", () => {
    const decision = decide("firstTouchAttribution", null, [crm("Phone Inquiry")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "map", value: "OFFLINE" })]);
  });
});

describe("job title and company", () => {
  it("propagates a clear made in Salesforce", () => {
    const decision = decide("jobTitle", "Data Engineer", [crm("")]);
    expect(Object.fromEntries(decision.writes.map((write) => [write.system, write.value]))).toEqual({ map: "", enrichment: null });
  });

  it("decides a blank value after a clear", () => {
    const decision = decide("jobTitle", "Data Engineer", [crm("")]);
    expect(decision.value).toBeNull();
  });

  it("fills a job title HubSpot sent as a placeholder", () => {
    const decision = decide("jobTitle", "[[unknown]]", [enrichment("Data Engineer")]);
    expect(decision.value).toBe("Data Engineer");
  });

  it("queues a fill that moves the title to another role category", () => {
    const decision = decide("jobTitle", "Data Engineer", [enrichment("VP Engineering")], "2026-01-15T00:00:00Z");
    expect(decision.review?.queue).toBe("dataQuality");
  });

  it("keeps a company name younger than 90 days", () => {
    const decision = decide("company", "Example Co", [enrichment("Example Corporation")]);
    expect(decision.value).toBe("Example Co");
  });

  it("replaces a stale company name", () => {
    const decision = decide("company", "Example Co", [enrichment("Example Corporation")], "2026-03-01T00:00:00Z");
    expect(decision.writes.map((write) => write.system)).toEqual(["crm", "map"]);
  });
});

describe("opportunity stage", () => {
  it("rejects a HubSpot deal stage change", () => {
    const decision = decide("opportunityStage", "Contract Sent", [map("closedwon")]);
    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["readOnlySystem"]);
  });

  it("queues reopening a won deal in Salesforce", () => {
    const decision = decide("opportunityStage", "Closed Won", [crm("Proposal/Price Quote")]);
    expect(decision.review?.trigger).toBe("regression");
  });

  it("writes a Salesforce stage to HubSpot's internal value", () => {
    const decision = decide("opportunityStage", "Contract Sent", [crm("Closed Won")]);
    expect(decision.writes).toEqual([expect.objectContaining({ system: "map", value: "closedwon" })]);
  });
});

describe("service levels", () => {
  it("makes a Friday RevOps exception due Monday", () => {
    const decision = decide("leadOwner", "dana.reyes@example.com", [map("280725670")]);
    expect(decision.review?.dueBy).toBe("2026-12-08T04:59:59.999Z");
  });

  it("skips Irish Christmas holidays for data quality reviews", () => {
    const resolver = createResolver(ir, { now: new Date("2026-12-23T10:00:00Z"), users: buildUsers() });
    const decision = resolver.resolve({
      record: LEAD_ID,
      field: "jobTitle",
      base: { value: "Data Engineer", at: "2026-01-15T00:00:00Z" },
      changes: [enrichment("Chief Data Officer", "2026-12-22T09:00:00Z")],
    });
    expect(decision.review?.dueBy).toBe("2026-12-29T23:59:59.999Z");
  });

  it("never resolves a tier 1 conflict by the newest write", () => {
    const decision = decide("leadStatus", "Working", [crm("Working - Contacted", "2026-12-01T08:00:00.000+0000"), map("NEW", 1796140800000)]);
    expect(decision.source).toBe("base");
  });

  it("keeps one audit entry per change", () => {
    const decision = decide("lifecycleStage", "lead", [map("marketingqualifiedlead"), crm("Sales Qualified Lead"), enrichment("x")]);
    expect(decision.audit).toHaveLength(3);
  });
});
