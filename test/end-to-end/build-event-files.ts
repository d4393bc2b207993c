// Builds the event files of the end-to-end test from real platform payloads. The payloads are read
// from the shared data folder at test time, because the Salesforce example is vendor documentation
// that may be read but not copied. Each synthetic event is a copy of a real one with only the
// values named here changed, so every other key stays as the platform sends it.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { locateSharedData } from "../support/shared-data";

/** The repository root, from which the CLI runs. */
export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The folder of real platform examples, beside the repository unless FIELDPOLICY_SHARED_DATA names another. */
export const SHARED_DATA_DIR = locateSharedData();

/** The Salesforce Lead Id of the converted lead in the real LeadChangeEvent. */
export const LEAD_ID = "00Q5f000005bwLFEAY";

/** The transaction key of the real lead conversion; event ids are `salesforce:<key>:<sequence number>`. */
export const CONVERSION_TRANSACTION = "00006948-0ac9-7da3-edb3-ea0e31b2334a";

type Json = Record<string, unknown>;

function loadSharedJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SHARED_DATA_DIR, file), "utf8"));
}

/**
 * Renders the HubSpot file as JSON lines, one delivery per line. The lines are HubSpot's documented
 * batch (a lifecyclestage change and a contact creation) and copies of its property change for four
 * more properties. Then come the documented redacted change, a real contact deletion batch, a change
 * without `occurredAt`, and a delivery cut off in the middle of its JSON.
 */
export function renderHubspotEvents(): string {
  const examples = loadSharedJson("hubspot-webhook-examples.json") as Record<string, Json[]>;
  const documented = examples["hubspot_docs_webhooks_overview_example"] ?? [];
  const propertyChange = documented[0];
  if (propertyChange === undefined) {
    throw new Error(`${SHARED_DATA_DIR}/hubspot-webhook-examples.json has no documented property change.`);
  }

  const copy = (eventId: number, propertyName: string, propertyValue: string): Json => ({
    ...propertyChange,
    eventId,
    propertyName,
    propertyValue,
  });
  const withoutTime: Json = { ...copy(3816279345, "hs_lead_status", "NEW") };
  delete withoutTime["occurredAt"];

  const deliveries = [
    JSON.stringify(documented),
    JSON.stringify([
      copy(3816279341, "hs_lead_status", "CONNECTED"),
      copy(3816279342, "hubspot_owner_id", "280725669"),
      copy(3816279343, "hs_email_optout", "false"),
      copy(3816279344, "hs_persona", "persona_1"),
    ]),
    JSON.stringify(examples["hubspot_docs_sensitive_data_propertyChange_example"]),
    JSON.stringify(examples["hull_connectors_contact_deletion_batch"]),
    JSON.stringify([withoutTime]),
    JSON.stringify([copy(3816279346, "hs_lead_status", "OPEN_DEAL")]).slice(0, 80),
  ];
  return `${deliveries.join("\n")}\n`;
}

/** Reads the field names the Salesforce documentation prints for the real Lead event's changedFields bitmap. */
export function loadDecodedLeadFields(): string[] {
  const conversion = loadSharedJson("sf-cdc-lead-conversion-events-sfdocs.json") as {
    leadEventChangedFieldsDecoded: string[];
  };
  return conversion.leadEventChangedFieldsDecoded;
}

/**
 * Renders the Salesforce file as one JSON array. It starts with the four real events of the lead
 * conversion: Account, Contact and Opportunity creations, and the Lead update to `Closed - Converted`.
 * Two Lead updates in the same Pub/Sub decoded shape set OwnerId and HasOptedOutOfEmail, and a last
 * Lead update lacks `commitUser` in its header.
 */
export function renderSalesforceEvents(): string {
  const conversion = loadSharedJson("sf-cdc-lead-conversion-events-sfdocs.json") as { events: Json[] };
  const leadEvent = conversion.events.find((event) => (event["ChangeEventHeader"] as Json)["entityName"] === "Lead");
  if (leadEvent === undefined) {
    throw new Error(`${SHARED_DATA_DIR}/sf-cdc-lead-conversion-events-sfdocs.json has no LeadChangeEvent.`);
  }
  const header = leadEvent["ChangeEventHeader"] as Json;

  // A Pub/Sub update sends every field, with null for the unchanged ones.
  const unchanged = Object.fromEntries(Object.keys(leadEvent).map((key) => [key, null]));
  // NOTE: the variations list changed fields by name, as a client that decodes the bitmap with the
  // event's Avro schema does. Without that schema no correct bitmap can be encoded for them.
  const leadUpdate = (sequenceNumber: number, fields: Json, headerChanges: Json = {}): Json => ({
    ...unchanged,
    ChangeEventHeader: {
      ...header,
      sequenceNumber,
      changedFields: Object.keys(fields),
      ...headerChanges,
    },
    ...fields,
  });

  const ownerChange = leadUpdate(5, { OwnerId: "0055f000005mc66AAA", LastModifiedDate: header["commitTimestamp"] });
  const optOut = leadUpdate(6, { HasOptedOutOfEmail: true, LastModifiedDate: header["commitTimestamp"] });
  const withoutUser = leadUpdate(7, { Status: "Working - Contacted" });
  delete (withoutUser["ChangeEventHeader"] as Json)["commitUser"];

  return `${JSON.stringify([...conversion.events, ownerChange, optOut, withoutUser], null, 2)}\n`;
}
