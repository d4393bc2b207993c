import { describe, expect, it } from "vitest";
import { readSalesforceEvents } from "../../src/events/index";
import { buildLeadUpdate, CONVERTED_LEAD_ID, loadLeadConversion, wrapInCometd } from "./event-factories";

describe("readSalesforceEvents on the real lead conversion", () => {
  const conversion = loadLeadConversion();
  const leadEvent = conversion.events[3];

  it("reads the changed fields of a bitmap event from its non-null fields", () => {
    const result = readSalesforceEvents(leadEvent);

    expect(result.changes.map((change) => change.property).sort()).toEqual(
      [...conversion.leadEventChangedFieldsDecoded].sort(),
    );
  });

  it("notes that changedFields was a bitmap", () => {
    const result = readSalesforceEvents(leadEvent);

    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]?.message).toContain("nulledFields is empty, so no field was cleared");
    expect(result.notes[0]?.message).toContain("changedFields contains Pub/Sub bitmaps");
  });

  it("reads the new status with the commit time and user", () => {
    const status = readSalesforceEvents(leadEvent).changes.find((change) => change.property === "Status");

    expect(status).toEqual({
      source: "salesforce",
      eventId: "salesforce:00006948-0ac9-7da3-edb3-ea0e31b2334a:4",
      object: "Lead",
      recordId: CONVERTED_LEAD_ID,
      property: "Status",
      value: "Closed - Converted",
      at: 1714153780000,
      actor: "0055f000005mc66AAA",
      origin: "com/salesforce/api/soap/60.0;client=SfdcInternalAPI/",
    });
  });

  it("flattens a compound address of a created record", () => {
    const account = readSalesforceEvents(conversion.events[0]);
    const properties = account.changes.map((change) => change.property);

    expect(properties).toContain("BillingState");
    expect(properties).toContain("BillingCountry");
    expect(properties).not.toContain("BillingAddress");
  });

  it("reads all four events of the transaction", () => {
    const result = readSalesforceEvents(conversion.events);

    expect(new Set(result.changes.map((change) => change.object))).toEqual(
      new Set(["Account", "Contact", "Opportunity", "Lead"]),
    );
    expect(result.skipped).toEqual([]);
  });
});

describe("readSalesforceEvents", () => {
  it("reads the fields changedFields names in a CometD message", () => {
    const result = readSalesforceEvents([wrapInCometd(buildLeadUpdate(), 42)]);

    expect(result.changes.map((change) => [change.eventId, change.property, change.value])).toEqual([
      ["salesforce:replay:42", "Status", "Working - Contacted"],
      ["salesforce:replay:42", "LastModifiedDate", "2026-12-01T11:00:00.000Z"],
    ]);
  });

  it("writes no note when changedFields names the fields", () => {
    expect(readSalesforceEvents([wrapInCometd(buildLeadUpdate(), 42)]).notes).toEqual([]);
  });

  it("reads a part of a compound field as the object's field", () => {
    const body = buildLeadUpdate({
      header: { changedFields: ["Name.LastName", "Address.City"] },
      fields: { Name: { LastName: "Example" }, Address: { City: "Dublin" } },
    });

    const result = readSalesforceEvents(body);

    expect(result.changes.map((change) => [change.property, change.value])).toEqual([
      ["LastName", "Example"],
      ["City", "Dublin"],
    ]);
  });

  it("reads a cleared field as null", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["Title"], nulledFields: ["Title"] } });

    expect(readSalesforceEvents(body).changes.map((change) => [change.property, change.value])).toEqual([
      ["Title", null],
    ]);
  });

  it("reads a field sent as null as cleared", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["Title"] }, fields: { Title: null } });

    expect(readSalesforceEvents(body).changes.map((change) => [change.property, change.value])).toEqual([
      ["Title", null],
    ]);
  });

  it("skips a changed field that the body leaves out", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["Status", "Title", "LastModifiedDate"] } });

    const result = readSalesforceEvents(body);

    expect(result.changes.map((change) => change.property)).toEqual(["Status", "LastModifiedDate"]);
    expect(result.skipped.map((entry) => [entry.recordId, entry.property, entry.reason])).toEqual([
      [CONVERTED_LEAD_ID, "Title", "malformedEvent"],
    ]);
    expect(result.skipped[0]?.message).toContain(
      "Salesforce event salesforce:0001a2b3-0000-0000-0000-000000000001:1 names Lead.Title in changedFields",
    );
    expect(result.skipped[0]?.message).toContain("field-level security");
  });

  it("skips a changed compound part that the body leaves out", () => {
    const body = buildLeadUpdate({
      header: { changedFields: ["Name.LastName", "Name.FirstName"] },
      fields: { Name: { LastName: "Example" } },
    });

    const result = readSalesforceEvents(body);

    expect(result.changes.map((change) => [change.property, change.value])).toEqual([["LastName", "Example"]]);
    expect(result.skipped.map((entry) => [entry.property, entry.reason])).toEqual([["FirstName", "malformedEvent"]]);
  });

  it("reads a compound field sent as null as cleared parts", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["Address.City"] }, fields: { Address: null } });

    expect(readSalesforceEvents(body).changes.map((change) => [change.property, change.value])).toEqual([
      ["City", null],
    ]);
  });

  it("adds nulledFields names to the fallback", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["0x01"], nulledFields: ["Title"] } });

    const result = readSalesforceEvents(body);

    expect(result.changes.find((change) => change.property === "Title")?.value).toBeNull();
    expect(result.notes[0]?.message).toContain("plus the fields nulledFields names (Title)");
  });

  it("notes that cleared fields are unseen when nulledFields is a bitmap", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["0x01"], nulledFields: ["0x02"] } });

    expect(readSalesforceEvents(body).notes[0]?.message).toContain("fields cleared to null are not seen");
  });

  it("skips a diff-encoded long text", () => {
    const body = buildLeadUpdate({
      header: { changedFields: ["Description"], diffFields: ["Description"] },
      fields: { Description: "@@ -1,3 +1,4 @@" },
    });

    const result = readSalesforceEvents(body);

    expect(result.changes).toEqual([]);
    expect(result.skipped.map((entry) => [entry.property, entry.reason])).toEqual([["Description", "diffValue"]]);
  });

  it("notes that diffFields bitmaps may hide a diff", () => {
    const body = buildLeadUpdate({ header: { changedFields: ["Status"], diffFields: ["0x04"] } });

    expect(readSalesforceEvents(body).notes[0]?.message).toContain("may carry a diff rather than its value");
  });

  it("makes one change per record id", () => {
    const body = buildLeadUpdate({
      header: { recordIds: ["00Q5f000005bwLFEAY", "00Q5f000005bwLGEAY"], changedFields: ["Status"] },
    });

    expect(readSalesforceEvents(body).changes.map((change) => change.recordId)).toEqual([
      "00Q5f000005bwLFEAY",
      "00Q5f000005bwLGEAY",
    ]);
  });

  it("skips a delete", () => {
    const result = readSalesforceEvents(buildLeadUpdate({ header: { changeType: "DELETE" } }));

    expect(result.skipped.map((entry) => entry.reason)).toEqual(["unsupportedEventType"]);
  });

  it("skips a gap event", () => {
    const result = readSalesforceEvents(buildLeadUpdate({ header: { changeType: "GAP_UPDATE" } }));

    expect(result.skipped.map((entry) => entry.reason)).toEqual(["gapEvent"]);
  });

  it("counts a redelivered event once", () => {
    const result = readSalesforceEvents([wrapInCometd(buildLeadUpdate(), 7), wrapInCometd(buildLeadUpdate(), 7)]);

    expect(result.skipped.map((entry) => entry.reason)).toEqual(["duplicateEvent"]);
  });

  describe("without an event id", () => {
    const buildIdlessUpdate = (fields: Record<string, unknown>): Record<string, unknown> =>
      buildLeadUpdate({
        header: { transactionKey: undefined, sequenceNumber: undefined, changedFields: Object.keys(fields) },
        fields,
      });

    it("keeps two changes of the same millisecond", () => {
      const result = readSalesforceEvents([
        buildIdlessUpdate({ Status: "Working - Contacted" }),
        buildIdlessUpdate({ Title: "CFO" }),
      ]);

      expect(result.changes.map((change) => [change.property, change.value])).toEqual([
        ["Status", "Working - Contacted"],
        ["Title", "CFO"],
      ]);
      expect(result.skipped).toEqual([]);
    });

    it("gives two different events different ids", () => {
      const result = readSalesforceEvents([
        buildIdlessUpdate({ Status: "Working - Contacted" }),
        buildIdlessUpdate({ Status: "Closed - Not Converted" }),
      ]);

      expect(new Set(result.changes.map((change) => change.eventId)).size).toBe(2);
    });

    it("counts a repeated event once", () => {
      const result = readSalesforceEvents([
        buildIdlessUpdate({ Status: "Working - Contacted" }),
        buildIdlessUpdate({ Status: "Working - Contacted" }),
      ]);

      expect(result.changes).toHaveLength(1);
      expect(result.skipped.map((entry) => entry.reason)).toEqual(["duplicateEvent"]);
    });

    it("gives an event the same id whatever its key order", () => {
      const event = buildIdlessUpdate({ Status: "Working - Contacted", Title: "CFO" });
      const reordered = Object.fromEntries(Object.entries(event).reverse());

      expect(readSalesforceEvents(reordered).changes[0]?.eventId).toBe(readSalesforceEvents(event).changes[0]?.eventId);
    });
  });

  it.each([
    ["no header", { ChangeEventHeader: undefined }, "must be an object with a ChangeEventHeader"],
    [
      "no record ids",
      { ChangeEventHeader: { ...(buildLeadUpdate().ChangeEventHeader as object), recordIds: [] } },
      "recordIds is not a non-empty list",
    ],
    [
      "a text commit time",
      { ChangeEventHeader: { ...(buildLeadUpdate().ChangeEventHeader as object), commitTimestamp: "now" } },
      'commitTimestamp is "now"',
    ],
  ])("reports an event with %s", (_case, overrides, problem) => {
    const result = readSalesforceEvents([{ ...buildLeadUpdate(), ...overrides }, buildLeadUpdate()]);

    expect(result.skipped[0]?.reason).toBe("malformedEvent");
    expect(result.skipped[0]?.message).toContain(problem);
    expect(result.changes.length).toBeGreaterThan(0);
  });
});
