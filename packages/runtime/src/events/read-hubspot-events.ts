// HubSpot sends webhook deliveries as JSON arrays of events. A `contact.propertyChange` event
// (or `deal.propertyChange`, and so on for other objects) names one record (`objectId`), one
// property (`propertyName`) and its new value (`propertyValue`, always text), with the event time
// in epoch milliseconds (`occurredAt`).
// HubSpot retries a failed delivery with the same `eventId` and a higher `attemptNumber`.

import { parseInstant } from "../normalize/normalize-time";
import {
  describeJsonValue,
  isPlainObject,
  type PlatformChange,
  type ReadEventsResult,
  type SkippedEvent,
} from "./event-types";

/** Subscription types of property changes: the object's name, then `.propertyChange`. */
const PROPERTY_CHANGE = /^([a-z_]+)\.propertyChange$/;

/** Text HubSpot sends in place of the value of a sensitive property. */
const REDACTED = "REDACTED";

/**
 * Reads HubSpot webhook deliveries: one event object, one delivery (an array of events) or a
 * list of deliveries. Each property change event (`contact.propertyChange`,
 * `deal.propertyChange`) becomes a change of its object (`contact`, `deal`). Other event types,
 * malformed events, redacted values and repeated event ids are reported as skipped, and reading
 * goes on.
 */
export function readHubspotEvents(payload: unknown): ReadEventsResult {
  const result: ReadEventsResult = { changes: [], skipped: [], notes: [] };
  const seen = new Set<string>();

  for (const event of flattenDeliveries(payload)) {
    const read = readEvent(event);
    if ("reason" in read) {
      result.skipped.push(read);
      continue;
    }

    // A retry repeats every key of the event. The key is the whole change rather than the event
    // id alone, so two different changes that share an id are both kept.
    const key = JSON.stringify([read.eventId, read.recordId, read.property, read.value, read.at]);
    if (seen.has(key)) {
      result.skipped.push(
        skip(
          read.eventId,
          read.recordId,
          read.property,
          "duplicateEvent",
          `HubSpot event ${read.eventId} was delivered more than once; only its first delivery counts.`,
        ),
      );
      continue;
    }
    seen.add(key);
    result.changes.push(read);
  }

  return result;
}

function flattenDeliveries(payload: unknown): unknown[] {
  if (!Array.isArray(payload)) {
    return [payload];
  }
  return payload.flatMap((item: unknown) => (Array.isArray(item) ? item : [item]));
}

function readEvent(event: unknown): PlatformChange | SkippedEvent {
  if (!isPlainObject(event)) {
    return skip(
      null,
      null,
      null,
      "malformedEvent",
      `A HubSpot event must be a JSON object, but got ${describeJsonValue(event)}.`,
    );
  }

  const eventId =
    typeof event["eventId"] === "number" || typeof event["eventId"] === "string" ? `hubspot:${event["eventId"]}` : null;
  const recordId =
    typeof event["objectId"] === "number" || typeof event["objectId"] === "string" ? String(event["objectId"]) : null;
  const name = eventId ?? "without an eventId";

  const subscriptionType = event["subscriptionType"];
  const object = typeof subscriptionType === "string" ? PROPERTY_CHANGE.exec(subscriptionType)?.[1] : undefined;
  if (object === undefined) {
    return skip(
      eventId,
      recordId,
      null,
      "unsupportedEventType",
      `HubSpot event ${name} is a ${describeJsonValue(subscriptionType)} event; only property change events such as contact.propertyChange carry a field change.`,
    );
  }

  // findProblem returns a problem whenever an id is null; the id checks only narrow the types.
  const problem = findProblem(event, eventId, recordId);
  if (problem !== null || eventId === null || recordId === null) {
    const property = typeof event["propertyName"] === "string" ? event["propertyName"] : null;
    return skip(eventId, recordId, property, "malformedEvent", `HubSpot event ${name} is malformed: ${problem}.`);
  }

  // findProblem has checked the types of these keys.
  const property = event["propertyName"] as string;
  const value = event["propertyValue"] as string;
  const occurredAt = event["occurredAt"] as number;

  if (value === REDACTED) {
    return skip(
      eventId,
      recordId,
      property,
      "redactedValue",
      `HubSpot event ${eventId} carries no value for the sensitive property ${property}, only "${REDACTED}"; read the ${object} through the API to get the value.`,
    );
  }

  const changeSource = typeof event["changeSource"] === "string" ? event["changeSource"] : null;
  const sourceId = typeof event["sourceId"] === "string" ? event["sourceId"] : null;
  return {
    source: "hubspot",
    eventId,
    object,
    recordId,
    property,
    value,
    at: occurredAt,
    actor: sourceId ?? changeSource ?? "hubspot",
    origin: changeSource,
  };
}

/** Returns what makes a property change event unusable, or null when it has every key it needs. */
function findProblem(event: Record<string, unknown>, eventId: string | null, recordId: string | null): string | null {
  if (eventId === null) {
    return "it has no eventId";
  }
  if (recordId === null) {
    return "it has no objectId";
  }
  if (typeof event["propertyName"] !== "string" || event["propertyName"] === "") {
    return "it has no propertyName";
  }
  if (typeof event["propertyValue"] !== "string") {
    return `its propertyValue is ${describeJsonValue(event["propertyValue"])}, not text`;
  }
  const occurredAt = event["occurredAt"];
  if (typeof occurredAt !== "number" || Number.isNaN(parseInstant(occurredAt))) {
    return `its occurredAt is ${describeJsonValue(occurredAt)}, not epoch milliseconds`;
  }
  return null;
}

function skip(
  eventId: string | null,
  recordId: string | null,
  property: string | null,
  reason: SkippedEvent["reason"],
  message: string,
): SkippedEvent {
  return { source: "hubspot", eventId, recordId, property, reason, message };
}
