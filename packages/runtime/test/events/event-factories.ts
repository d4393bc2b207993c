// Factories for event tests: the real platform examples read from the shared data folder (vendor
// documentation is read in place, never copied), synthetic events built from overrides, and base
// snapshots.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BaseRecord, BaseSnapshot } from "../../src/events/index";
import { locateSharedData } from "../../../../test/support/shared-data";

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The folder of real platform examples, beside the repository unless FIELDPOLICY_SHARED_DATA names another. */
export const SHARED_DATA_DIR = locateSharedData();

/** Reads one JSON file of the shared data folder. */
export function loadSharedJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SHARED_DATA_DIR, file), "utf8"));
}

/** Reads the real HubSpot webhook deliveries, keyed by their source. */
export function loadHubspotExamples(): Record<string, unknown[]> {
  return loadSharedJson("hubspot-webhook-examples.json") as Record<string, unknown[]>;
}

/** Reads the four real change events of one lead conversion (Pub/Sub decoded) and the decoded changedFields of its Lead event. */
export function loadLeadConversion(): { events: Record<string, unknown>[]; leadEventChangedFieldsDecoded: string[] } {
  return loadSharedJson("sf-cdc-lead-conversion-events-sfdocs.json") as {
    events: Record<string, unknown>[];
    leadEventChangedFieldsDecoded: string[];
  };
}

/** The Salesforce Id of the converted lead in the real example. */
export const CONVERTED_LEAD_ID = "00Q5f000005bwLFEAY";

/** Builds a HubSpot `contact.propertyChange` event; `overrides` replace any key. */
export function buildHubspotEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    objectId: 1246965,
    propertyName: "hs_lead_status",
    propertyValue: "IN_PROGRESS",
    changeSource: "CRM_UI",
    eventId: 100,
    subscriptionId: 25,
    portalId: 33,
    appId: 1160452,
    occurredAt: Date.parse("2026-12-01T10:00:00Z"),
    subscriptionType: "contact.propertyChange",
    attemptNumber: 0,
    ...overrides,
  };
}

/** Builds a LeadChangeEvent UPDATE body with field names in its header; `header` and `fields` replace parts. */
export function buildLeadUpdate(
  options: { header?: Record<string, unknown>; fields?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return {
    ChangeEventHeader: {
      entityName: "Lead",
      recordIds: [CONVERTED_LEAD_ID],
      changeType: "UPDATE",
      changeOrigin: "com/salesforce/api/rest/60.0",
      transactionKey: "0001a2b3-0000-0000-0000-000000000001",
      sequenceNumber: 1,
      commitTimestamp: Date.parse("2026-12-01T11:00:00Z"),
      commitNumber: 1,
      commitUser: "0055f000005mc66AAA",
      nulledFields: [],
      diffFields: [],
      changedFields: ["Status", "LastModifiedDate"],
      ...options.header,
    },
    Status: "Working - Contacted",
    LastModifiedDate: "2026-12-01T11:00:00.000Z",
    ...options.fields,
  };
}

/** Wraps an event body in the CometD message shape that the Streaming API delivers. */
export function wrapInCometd(body: Record<string, unknown>, replayId: number): Record<string, unknown> {
  return {
    channel: "/data/LeadChangeEvent",
    data: { schema: "IeRuaY6cbI_HsV8Rv1Mc5g", payload: body, event: { replayId } },
  };
}

/** Builds a base record of a lead known in Salesforce and HubSpot; `overrides` replace any part. */
export function buildBaseRecord(overrides: Partial<BaseRecord> = {}): BaseRecord {
  return {
    object: "lead",
    ids: { crm: CONVERTED_LEAD_ID, map: "1246965" },
    fields: { leadStatus: { value: "New", at: "2026-11-30T12:00:00Z" } },
    ...overrides,
  };
}

/** Builds a base snapshot with the given records, by default one lead. */
export function buildBase(
  records: Record<string, BaseRecord> = { [CONVERTED_LEAD_ID]: buildBaseRecord() },
): BaseSnapshot {
  return { records };
}
