// Salesforce Change Data Capture events for one object (LeadChangeEvent, ContactChangeEvent, …).
// Two delivery shapes are read: the event as a Pub/Sub API client decodes it (the record fields
// and a ChangeEventHeader at the top level), and the CometD (Streaming API) message, which wraps
// the same body as `{ data: { schema, payload, event: { replayId } } }`.
//
// In a CometD update the body holds only the changed fields and `changedFields` names them. A
// Pub/Sub body contains every field, with null for unchanged ones, and its header lists are bitmaps
// that only the event's Avro schema decodes.

import {
  describeJsonValue,
  isPlainObject,
  type EventNote,
  type PlatformChange,
  type ReadEventsResult,
  type SkippedEvent,
} from "./event-types";
import { renderCanonicalJson, sha256Hex } from "@fieldpolicy/core";
import { isBitmapList, parseEventFieldName, toObjectFieldName, type EventFieldName } from "./salesforce-field-names";
import { parseInstant } from "../normalize/normalize-time";

/** A change event's body with its header checked. */
interface ChangeEvent {
  eventId: string;
  entityName: string;
  recordIds: string[];
  changeType: string;
  commitTimestamp: number;
  commitUser: string;
  changeOrigin: string | null;
  changedFields: string[];
  nulledFields: string[];
  diffFields: string[];
  body: Record<string, unknown>;
}

/** A field the event changed and its new value. */
interface ChangedField {
  property: string;
  value: unknown;
}

/** The fields an event changed, and those `changedFields` names whose value the body leaves out. */
interface SelectedFields {
  fields: ChangedField[];
  absent: string[];
}

/**
 * Reads Salesforce change events: one event or an array of events, each in the Pub/Sub decoded
 * shape or the CometD shape. Creates, updates and undeletes become one change per record id and
 * changed field. Deletes, gap events, diff-encoded values, malformed events and repeated event
 * ids are reported as skipped, and reading goes on. When `changedFields` contains bitmaps, the
 * changed fields are taken to be the non-null fields plus `nulledFields`, and a note reports the
 * fallback.
 */
export function readSalesforceEvents(payload: unknown): ReadEventsResult {
  const result: ReadEventsResult = { changes: [], skipped: [], notes: [] };
  const seen = new Set<string>();

  for (const item of Array.isArray(payload) ? payload : [payload]) {
    const event = readChangeEvent(item);
    if ("reason" in event) {
      result.skipped.push(event);
      continue;
    }

    if (seen.has(event.eventId)) {
      result.skipped.push(
        skipEvent(
          event,
          "duplicateEvent",
          `Salesforce event ${event.eventId} was delivered more than once; only its first delivery counts.`,
        ),
      );
      continue;
    }
    seen.add(event.eventId);

    collectChanges(event, result);
  }

  return result;
}

function collectChanges(event: ChangeEvent, result: ReadEventsResult): void {
  if (event.changeType.startsWith("GAP_")) {
    result.skipped.push(
      skipEvent(
        event,
        "gapEvent",
        `Salesforce event ${event.eventId} is a ${event.changeType} event, which carries no field values; read the ${event.entityName} records ${event.recordIds.join(", ")} through the API to get them.`,
      ),
    );
    return;
  }
  if (event.changeType !== "CREATE" && event.changeType !== "UPDATE" && event.changeType !== "UNDELETE") {
    result.skipped.push(
      skipEvent(
        event,
        "unsupportedEventType",
        `Salesforce event ${event.eventId} is a ${event.changeType} event; only CREATE, UPDATE and UNDELETE events carry field changes.`,
      ),
    );
    return;
  }

  const { fields, absent } = selectChangedFields(event, result.notes);
  if (isBitmapList(event.diffFields)) {
    result.notes.push({
      source: "salesforce",
      eventId: event.eventId,
      message: `Salesforce event ${event.eventId}: diffFields contains Pub/Sub bitmaps, so a long text field of this event may carry a diff rather than its value.`,
    });
  }
  const diffProperties = new Set(
    isBitmapList(event.diffFields) ? [] : event.diffFields.map((entry) => parseEventFieldName(entry).property),
  );

  for (const recordId of event.recordIds) {
    for (const property of absent) {
      result.skipped.push({
        source: "salesforce",
        eventId: event.eventId,
        recordId,
        property,
        reason: "malformedEvent",
        message: describeAbsentField(event, property),
      });
    }
    for (const field of fields) {
      if (diffProperties.has(field.property)) {
        result.skipped.push({
          source: "salesforce",
          eventId: event.eventId,
          recordId,
          property: field.property,
          reason: "diffValue",
          message: `Salesforce event ${event.eventId} sent a diff of ${event.entityName}.${field.property}, not its value; read the record through the API to get the value.`,
        });
        continue;
      }
      result.changes.push(buildChange(event, recordId, field));
    }
  }
}

/** Returns the fields an event changed, from `changedFields` when it names them, else from the body. */
function selectChangedFields(event: ChangeEvent, notes: EventNote[]): SelectedFields {
  if (event.changeType !== "UPDATE") {
    return { fields: listNonNullFields(event.body), absent: [] };
  }

  if (event.changedFields.length > 0 && !isBitmapList(event.changedFields)) {
    return readNamedFields(event);
  }

  const fields = listNonNullFields(event.body);
  const nulledAreNames = !isBitmapList(event.nulledFields);
  if (nulledAreNames) {
    const present = new Set(fields.map((field) => field.property));
    for (const entry of event.nulledFields) {
      const name = parseEventFieldName(entry);
      if (!present.has(name.property)) {
        fields.push({ property: name.property, value: null });
      }
    }
  }

  if (isBitmapList(event.changedFields)) {
    notes.push({
      source: "salesforce",
      eventId: event.eventId,
      message: describeBitmapFallback(event, nulledAreNames),
    });
  }
  return { fields, absent: [] };
}

/**
 * Reads the fields `changedFields` names from the body. An update body contains a field cleared
 * to null with the value null, so a named field the body leaves out is not a clear. Salesforce
 * drops fields that the subscribing user cannot see under field-level security. Such a field is
 * returned as absent, unless `nulledFields` names it as cleared.
 */
function readNamedFields(event: ChangeEvent): SelectedFields {
  const nulled = new Set(
    isBitmapList(event.nulledFields) ? [] : event.nulledFields.map((entry) => parseEventFieldName(entry).property),
  );
  const selected: SelectedFields = { fields: [], absent: [] };

  for (const entry of event.changedFields) {
    const name = parseEventFieldName(entry);
    const field = readBodyValue(event.body, name);
    if (field !== null) {
      selected.fields.push(field);
    } else if (nulled.has(name.property)) {
      selected.fields.push({ property: name.property, value: null });
    } else {
      selected.absent.push(name.property);
    }
  }

  return selected;
}

function describeAbsentField(event: ChangeEvent, property: string): string {
  return (
    `Salesforce event ${event.eventId} names ${event.entityName}.${property} in changedFields, but its body leaves the field out and nulledFields does not name it, so the new value is unknown and the change was skipped. ` +
    `Salesforce leaves out fields that the subscribing user cannot see under field-level security; grant that user read access to ${property}, or read the record through the API.`
  );
}

function describeBitmapFallback(event: ChangeEvent, nulledAreNames: boolean): string {
  const fallback = `Salesforce event ${event.eventId}: changedFields contains Pub/Sub bitmaps, which only the event's Avro schema decodes, so the non-null fields were read as the changed fields`;
  if (!nulledAreNames) {
    return `${fallback}; fields cleared to null are not seen, because nulledFields is a bitmap too.`;
  }
  if (event.nulledFields.length === 0) {
    return `${fallback}; nulledFields is empty, so no field was cleared.`;
  }
  return `${fallback}, plus the fields nulledFields names (${event.nulledFields.join(", ")}).`;
}

/** Lists the body's non-null fields, with each non-null part of a compound field as its own field. */
function listNonNullFields(body: Record<string, unknown>): ChangedField[] {
  const fields: ChangedField[] = [];

  for (const [key, value] of Object.entries(body)) {
    if (key === "ChangeEventHeader" || value === null || value === undefined) {
      continue;
    }
    if (!isPlainObject(value)) {
      fields.push({ property: key, value });
      continue;
    }
    for (const [component, componentValue] of Object.entries(value)) {
      if (componentValue !== null && componentValue !== undefined) {
        fields.push({ property: toObjectFieldName(key, component), value: componentValue });
      }
    }
  }

  return fields;
}

/**
 * Reads a named field's value from the body, or returns null when the body leaves the field out.
 * A compound field sent as null has every part cleared.
 */
function readBodyValue(body: Record<string, unknown>, name: EventFieldName): ChangedField | null {
  const [first, second] = name.bodyPath;
  const outer = body[first];
  if (outer === undefined) {
    return null;
  }
  if (second === undefined || outer === null) {
    return { property: name.property, value: outer };
  }

  const value = isPlainObject(outer) ? outer[second] : undefined;
  return value === undefined ? null : { property: name.property, value };
}

function buildChange(event: ChangeEvent, recordId: string, field: ChangedField): PlatformChange {
  return {
    source: "salesforce",
    eventId: event.eventId,
    object: event.entityName,
    recordId,
    property: field.property,
    value: field.value,
    at: event.commitTimestamp,
    actor: event.commitUser,
    origin: event.changeOrigin,
  };
}

/** Unwraps a CometD message and checks the ChangeEventHeader, or reports what is wrong. */
function readChangeEvent(item: unknown): ChangeEvent | SkippedEvent {
  let body: unknown = item;
  let replayId: unknown = undefined;
  if (isPlainObject(item) && isPlainObject(item["data"])) {
    body = item["data"]["payload"];
    replayId = isPlainObject(item["data"]["event"]) ? item["data"]["event"]["replayId"] : undefined;
  }

  if (!isPlainObject(body) || !isPlainObject(body["ChangeEventHeader"])) {
    return malformed(
      null,
      `A Salesforce change event must be an object with a ChangeEventHeader, or a CometD message with one in data.payload, but got ${describeJsonValue(body)}.`,
    );
  }
  const header = body["ChangeEventHeader"];

  const eventId = buildEventId(header, replayId);
  const problem = findHeaderProblem(header);
  if (problem !== null) {
    return malformed(eventId, `Salesforce event ${eventId ?? "without an id"} is malformed: ${problem}.`);
  }

  // findHeaderProblem has checked the types of these keys.
  const recordIds = header["recordIds"] as string[];
  const entityName = header["entityName"] as string;
  const commitTimestamp = header["commitTimestamp"] as number;
  return {
    eventId: eventId ?? buildContentId(entityName, recordIds, commitTimestamp, body),
    entityName,
    recordIds,
    changeType: header["changeType"] as string,
    commitTimestamp,
    commitUser: header["commitUser"] as string,
    changeOrigin:
      typeof header["changeOrigin"] === "string" && header["changeOrigin"] !== "" ? header["changeOrigin"] : null,
    changedFields: (header["changedFields"] as string[] | undefined) ?? [],
    nulledFields: (header["nulledFields"] as string[] | undefined) ?? [],
    diffFields: (header["diffFields"] as string[] | undefined) ?? [],
    body,
  };
}

/**
 * Builds the event id from the CometD replay id, or else from the transaction key and the
 * event's sequence number in the transaction, which a Pub/Sub body carries.
 */
function buildEventId(header: Record<string, unknown>, replayId: unknown): string | null {
  if (typeof replayId === "number" || typeof replayId === "string") {
    return `salesforce:replay:${replayId}`;
  }
  const transactionKey = header["transactionKey"];
  const sequenceNumber = header["sequenceNumber"];
  if (typeof transactionKey === "string" && typeof sequenceNumber === "number") {
    return `salesforce:${transactionKey}:${sequenceNumber}`;
  }
  return null;
}

/**
 * Builds the id of an event that carries none from its content: the entity, records and commit
 * time, then a hash of the whole body with its header. A redelivery repeats the content, so it
 * gets the same id and is counted once. Two different changes of one record in the same
 * millisecond differ in content, so both are kept. Two separate events with identical content
 * count once, which changes nothing, because they write the same values at the same time.
 */
function buildContentId(
  entityName: string,
  recordIds: readonly string[],
  commitTimestamp: number,
  body: Record<string, unknown>,
): string {
  const contentHash = sha256Hex(renderCanonicalJson(body)).slice(0, 16);
  return `salesforce:${entityName}:${recordIds.join(",")}:${commitTimestamp}:${contentHash}`;
}

function findHeaderProblem(header: Record<string, unknown>): string | null {
  if (typeof header["entityName"] !== "string" || header["entityName"] === "") {
    return "its ChangeEventHeader has no entityName";
  }
  const recordIds = header["recordIds"];
  if (
    !Array.isArray(recordIds) ||
    recordIds.length === 0 ||
    !recordIds.every((id) => typeof id === "string" && id !== "")
  ) {
    return "its ChangeEventHeader.recordIds is not a non-empty list of record ids";
  }
  if (typeof header["changeType"] !== "string") {
    return "its ChangeEventHeader has no changeType";
  }
  const commitTimestamp = header["commitTimestamp"];
  if (typeof commitTimestamp !== "number" || Number.isNaN(parseInstant(commitTimestamp))) {
    return `its ChangeEventHeader.commitTimestamp is ${describeJsonValue(commitTimestamp)}, not epoch milliseconds`;
  }
  if (typeof header["commitUser"] !== "string") {
    return "its ChangeEventHeader has no commitUser";
  }
  for (const key of ["changedFields", "nulledFields", "diffFields"]) {
    const list = header[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((entry) => typeof entry === "string"))) {
      return `its ChangeEventHeader.${key} is not a list of field names or bitmaps`;
    }
  }
  return null;
}

function malformed(eventId: string | null, message: string): SkippedEvent {
  return { source: "salesforce", eventId, recordId: null, property: null, reason: "malformedEvent", message };
}

function skipEvent(event: ChangeEvent, reason: SkippedEvent["reason"], message: string): SkippedEvent {
  return { source: "salesforce", eventId: event.eventId, recordId: null, property: null, reason, message };
}
