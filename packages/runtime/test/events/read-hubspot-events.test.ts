import { describe, expect, it } from "vitest";
import { readHubspotEvents } from "../../src/events/index";
import { buildHubspotEvent, loadHubspotExamples } from "./event-factories";

describe("readHubspotEvents on real deliveries", () => {
  const examples = loadHubspotExamples();

  it("reads the documented property change", () => {
    const result = readHubspotEvents(examples["hubspot_docs_webhooks_overview_example"]);

    expect(result.changes).toEqual([
      {
        source: "hubspot",
        eventId: "hubspot:3816279340",
        object: "contact",
        recordId: "1246965",
        property: "lifecyclestage",
        value: "subscriber",
        at: 1462216307945,
        actor: "ACADEMY",
        origin: "ACADEMY",
      },
    ]);
  });

  it("skips the contact creation in the same delivery", () => {
    const result = readHubspotEvents(examples["hubspot_docs_webhooks_overview_example"]);

    expect(result.skipped.map((entry) => [entry.eventId, entry.reason])).toEqual([
      ["hubspot:3816279480", "unsupportedEventType"],
    ]);
  });

  it("skips a redacted sensitive value", () => {
    const result = readHubspotEvents(examples["hubspot_docs_sensitive_data_propertyChange_example"]);

    expect(result.changes).toEqual([]);
    expect(result.skipped[0]?.reason).toBe("redactedValue");
    expect(result.skipped[0]?.property).toBe("passport_number");
  });

  it("skips deletions", () => {
    const result = readHubspotEvents(examples["hull_connectors_contact_deletion_batch"]);

    expect(result.skipped.map((entry) => entry.reason)).toEqual(["unsupportedEventType", "unsupportedEventType"]);
  });
});

describe("readHubspotEvents", () => {
  it("uses the user in sourceId as the actor", () => {
    const result = readHubspotEvents([buildHubspotEvent({ sourceId: "userId:882761034" })]);

    expect(result.changes[0]?.actor).toBe("userId:882761034");
  });

  it("reads a list of deliveries", () => {
    const result = readHubspotEvents([[buildHubspotEvent({ eventId: 1 })], [buildHubspotEvent({ eventId: 2 })]]);

    expect(result.changes.map((change) => change.eventId)).toEqual(["hubspot:1", "hubspot:2"]);
  });

  it("reads a deal property change as a deal", () => {
    const result = readHubspotEvents([buildHubspotEvent({ subscriptionType: "deal.propertyChange" })]);

    expect(result.changes[0]?.object).toBe("deal");
  });

  it("reads a single event object", () => {
    expect(readHubspotEvents(buildHubspotEvent()).changes).toHaveLength(1);
  });

  it("counts a retried delivery once", () => {
    const result = readHubspotEvents([buildHubspotEvent(), buildHubspotEvent({ attemptNumber: 1 })]);

    expect(result.changes).toHaveLength(1);
    expect(result.skipped.map((entry) => entry.reason)).toEqual(["duplicateEvent"]);
  });

  it("keeps two changes that share an event id", () => {
    const result = readHubspotEvents([buildHubspotEvent(), buildHubspotEvent({ objectId: 2 })]);

    expect(result.changes).toHaveLength(2);
  });

  it("keeps an empty value as a cleared property", () => {
    expect(readHubspotEvents([buildHubspotEvent({ propertyValue: "" })]).changes[0]?.value).toBe("");
  });

  it.each([
    ["no propertyName", { propertyName: undefined }, "it has no propertyName"],
    ["a numeric value", { propertyValue: 5 }, "its propertyValue is number 5, not text"],
    ["a text time", { occurredAt: "yesterday" }, 'its occurredAt is "yesterday", not epoch milliseconds'],
    ["no objectId", { objectId: undefined }, "it has no objectId"],
    ["no eventId", { eventId: undefined }, "it has no eventId"],
  ])("reports an event with %s", (_case, overrides, problem) => {
    const result = readHubspotEvents([buildHubspotEvent(overrides)]);

    expect(result.skipped[0]?.reason).toBe("malformedEvent");
    expect(result.skipped[0]?.message).toContain(problem);
  });

  it("reports a delivery item that is no object and goes on", () => {
    const result = readHubspotEvents(["not an event", buildHubspotEvent()]);

    expect(result.skipped[0]?.message).toBe('A HubSpot event must be a JSON object, but got "not an event".');
    expect(result.changes).toHaveLength(1);
  });
});
