import type { ConflictInput } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import {
  buildEventConflicts,
  readHubspotEvents,
  readSalesforceEvents,
  resolveConflict,
  type BaseSnapshot,
  type PlatformChange,
} from "../../src/index";
import { loadLeadIr, TEST_NOW } from "../factories";
import {
  buildBase,
  buildBaseRecord,
  buildHubspotEvent,
  buildLeadUpdate,
  CONVERTED_LEAD_ID,
  loadHubspotExamples,
  loadLeadConversion,
} from "./event-factories";

function build(changes: PlatformChange[], base: BaseSnapshot = buildBase()) {
  return buildEventConflicts({ ir: loadLeadIr(), base, changes });
}

function hubspotChanges(...events: Record<string, unknown>[]): PlatformChange[] {
  return readHubspotEvents(events).changes;
}

function salesforceChanges(...events: Record<string, unknown>[]): PlatformChange[] {
  return readSalesforceEvents(events).changes;
}

describe("buildEventConflicts", () => {
  it("groups a HubSpot and a Salesforce change of one field", () => {
    const result = build([
      ...hubspotChanges(buildHubspotEvent()),
      ...salesforceChanges(buildLeadUpdate({ header: { changedFields: ["Status"] } })),
    ]);

    expect(result.conflicts).toEqual<ConflictInput[]>([
      {
        record: CONVERTED_LEAD_ID,
        field: "leadStatus",
        base: { value: "New", at: "2026-11-30T12:00:00Z" },
        changes: [
          {
            system: "map",
            value: "IN_PROGRESS",
            at: "2026-12-01T10:00:00.000Z",
            actor: "CRM_UI",
            context: { eventId: "hubspot:100", origin: "CRM_UI" },
          },
          {
            system: "crm",
            value: "Working - Contacted",
            at: "2026-12-01T11:00:00.000Z",
            actor: "0055f000005mc66AAA",
            context: {
              eventId: "salesforce:0001a2b3-0000-0000-0000-000000000001:1",
              origin: "com/salesforce/api/rest/60.0",
            },
          },
        ],
      },
    ]);
  });

  it("gives the same conflicts whatever the order of the changes", () => {
    const changes = [
      ...hubspotChanges(buildHubspotEvent()),
      ...salesforceChanges(buildLeadUpdate({ header: { changedFields: ["Status"] } })),
    ];

    expect(build([...changes].reverse())).toEqual(build(changes));
  });

  it("maps a HubSpot deal change to the opportunity", () => {
    const base = buildBase({
      opp1: { object: "opportunity", ids: { crm: "0065f00000UloqVAAR", map: "555" }, fields: {} },
    });
    const changes = hubspotChanges(
      buildHubspotEvent({
        subscriptionType: "deal.propertyChange",
        objectId: 555,
        propertyName: "dealstage",
        propertyValue: "closedwon",
      }),
    );

    const result = build(changes, base);

    expect(result.conflicts.map((conflict) => [conflict.record, conflict.field])).toEqual([
      ["opp1", "opportunityStage"],
    ]);
  });

  it("reports a property no field binds", () => {
    const result = build(hubspotChanges(buildHubspotEvent({ propertyName: "favorite_color", propertyValue: "blue" })));

    expect(result.conflicts).toEqual([]);
    expect(result.skipped.map((entry) => [entry.property, entry.reason])).toEqual([
      ["favorite_color", "unknownProperty"],
    ]);
  });

  it("reports a record missing from the base once per event", () => {
    const changes = salesforceChanges(
      buildLeadUpdate({ header: { recordIds: ["00Q5f000005bwLGEAY"], changedFields: ["Status", "Title"] } }),
    );

    const result = build(changes);

    expect(result.skipped.map((entry) => [entry.recordId, entry.property, entry.reason])).toEqual([
      ["00Q5f000005bwLGEAY", null, "noBase"],
    ]);
  });

  it("builds no clear from a changed field the body leaves out", () => {
    const changes = salesforceChanges(buildLeadUpdate({ header: { changedFields: ["Status", "Title"] } }));

    const result = build(changes);

    expect(result.conflicts.map((conflict) => [conflict.field, conflict.changes[0]?.value])).toEqual([
      ["leadStatus", "Working - Contacted"],
    ]);
  });

  it("finds a record by its 15-character Salesforce Id", () => {
    const base = buildBase({ lead1: buildBaseRecord({ ids: { crm: CONVERTED_LEAD_ID.slice(0, 15) } }) });

    const result = build(salesforceChanges(buildLeadUpdate({ header: { changedFields: ["Status"] } })), base);

    expect(result.conflicts.map((conflict) => conflict.record)).toEqual(["lead1"]);
  });

  it("does not match a Salesforce Id that differs in letter case", () => {
    const base = buildBase({ lead1: buildBaseRecord({ ids: { crm: CONVERTED_LEAD_ID.toLowerCase() } }) });

    const result = build(salesforceChanges(buildLeadUpdate({ header: { changedFields: ["Status"] } })), base);

    expect(result.skipped.map((entry) => entry.reason)).toEqual(["noBase"]);
  });

  it("matches Salesforce field names in any letter case", () => {
    const result = build(
      salesforceChanges(
        buildLeadUpdate({ header: { changedFields: ["status"] }, fields: { status: "Working - Contacted" } }),
      ),
    );

    expect(result.conflicts.map((conflict) => conflict.field)).toEqual(["leadStatus"]);
  });

  it("keeps a change older than the base", () => {
    const result = build(hubspotChanges(buildHubspotEvent({ occurredAt: Date.parse("2026-11-30T11:00:00Z") })));

    expect(result.skipped).toEqual([]);
    expect(result.conflicts.map((conflict) => conflict.changes.length)).toEqual([1]);
  });

  it("gives a field without a base value a null base", () => {
    const result = build(hubspotChanges(buildHubspotEvent({ propertyName: "jobtitle", propertyValue: "CFO" })));

    expect(result.conflicts[0]?.base).toBeNull();
  });

  it("reports events of a platform the policy has no system for", () => {
    const ir = { ...loadLeadIr(), systems: { crm: loadLeadIr().systems["crm"]! } };

    const result = buildEventConflicts({ ir, base: buildBase(), changes: hubspotChanges(buildHubspotEvent()) });

    expect(result.skipped[0]?.reason).toBe("noSystem");
    expect(result.skipped[0]?.message).toBe(
      'The policy "lead" declares no hubspot system, so its hubspot events have nowhere to go.',
    );
  });

  it("uses the system named for a platform", () => {
    const result = buildEventConflicts({
      ir: loadLeadIr(),
      base: buildBase(),
      changes: hubspotChanges(buildHubspotEvent()),
      systems: { hubspot: "enrichment" },
    });

    expect(result.skipped.map((entry) => entry.reason)).toEqual(["unknownObject"]);
  });
});

describe("buildEventConflicts on real events", () => {
  // The real lead was converted on 2024-04-26; its base value comes from an earlier sync.
  const conversionBase = buildBase({
    [CONVERTED_LEAD_ID]: buildBaseRecord({ fields: { leadStatus: { value: "Working", at: "2024-04-01T00:00:00Z" } } }),
  });

  it("turns the real lead conversion into a status conflict", () => {
    const result = build(readSalesforceEvents(loadLeadConversion().events).changes, conversionBase);

    expect(result.conflicts.map((conflict) => [conflict.record, conflict.field, conflict.changes[0]?.value])).toEqual([
      [CONVERTED_LEAD_ID, "leadStatus", "Closed - Converted"],
    ]);
  });

  it("reports the conversion's other objects and fields", () => {
    const result = build(readSalesforceEvents(loadLeadConversion().events).changes, conversionBase);
    const reasons = result.skipped.map(
      (entry) => `${entry.eventId?.split(":").at(-1)} ${entry.property ?? "-"} ${entry.reason}`,
    );

    expect(reasons).toEqual([
      "1 - unknownObject",
      "2 - unknownObject",
      "3 - noBase",
      "4 IsConverted unknownProperty",
      "4 ConvertedDate unknownProperty",
      "4 ConvertedAccountId unknownProperty",
      "4 ConvertedContactId unknownProperty",
      "4 ConvertedOpportunityId unknownProperty",
      "4 LastModifiedDate unknownProperty",
    ]);
  });

  it("turns the real HubSpot property change into a lifecycle conflict", () => {
    const changes = readHubspotEvents(loadHubspotExamples()["hubspot_docs_webhooks_overview_example"]).changes;
    const base = buildBase({
      lead1: buildBaseRecord({ fields: { lifecycleStage: { value: "lead", at: 1462000000000 } } }),
    });

    const result = build(changes, base);

    expect(result.conflicts.map((conflict) => [conflict.record, conflict.field, conflict.changes[0]?.value])).toEqual([
      ["lead1", "lifecycleStage", "subscriber"],
    ]);
  });

  it("gives conflicts the resolver decides without input errors", () => {
    const changes = [
      ...readSalesforceEvents(loadLeadConversion().events).changes,
      ...hubspotChanges(buildHubspotEvent({ occurredAt: 1714153790000 })),
    ];
    const base = buildBase({
      [CONVERTED_LEAD_ID]: buildBaseRecord({ fields: { leadStatus: { value: "Working", at: 1714000000000 } } }),
    });
    const { conflicts } = build(changes, base);

    const decisions = conflicts.map((conflict) => resolveConflict(loadLeadIr(), conflict, { now: TEST_NOW }));

    expect(decisions.map((decision) => decision.outcome)).not.toContain("error");
    expect(decisions[0]?.audit).toHaveLength(2);
  });
});
