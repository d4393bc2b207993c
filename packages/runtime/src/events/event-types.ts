// Shapes shared by the event readers and the conflict builder. A reader turns one platform's
// change events into platform changes without looking at the policy. The builder then maps them
// to policy fields and groups them into conflicts against the base snapshot.

/** The platform an event came from. */
export type EventSource = "hubspot" | "salesforce";

/** One property write read from a platform event, before it is mapped to a policy field. */
export interface PlatformChange {
  source: EventSource;
  /** Stable id of the event (`hubspot:3816279340`, `salesforce:replay:42`), for reports and deduplication. */
  eventId: string;
  /** The platform's object API name: `contact` for HubSpot, the entity name (`Lead`) for Salesforce. */
  object: string;
  /** The record's id in the platform. */
  recordId: string;
  /** The property's API name in the platform. */
  property: string;
  /** The new value in the platform's own encoding; null when the property was cleared. */
  value: unknown;
  /** Event time: epoch milliseconds, as both platforms send it. */
  at: number;
  /** The author of the change: a user id or the platform's change source. */
  actor: string;
  /** The change's origin as the platform reports it (HubSpot `changeSource`, Salesforce `changeOrigin`), or null. */
  origin: string | null;
}

/** The reason an event, or one field of it, was kept out of the conflicts. */
export type SkipReason =
  /** The payload does not have the documented shape. */
  | "malformedEvent"
  /** An event type that carries no field change (a creation without properties, a deletion). */
  | "unsupportedEventType"
  /** A Salesforce gap event, which reports that changes happened without sending their values. */
  | "gapEvent"
  /** The same event id was already read. */
  | "duplicateEvent"
  /** HubSpot sent `REDACTED` in place of a sensitive value. */
  | "redactedValue"
  /** Salesforce sent a diff of a long text value in place of the value. */
  | "diffValue"
  /** The policy declares no system, or more than one, of the event's platform. */
  | "noSystem"
  /** No object of the policy is bound to the event's platform object. */
  | "unknownObject"
  /** No field of the policy binds the property on that object. */
  | "unknownProperty"
  /** The base snapshot has no record with the event's record id. */
  | "noBase";

/** An event, or one field of it, that was kept out of the conflicts, with the reason. */
export interface SkippedEvent {
  source: EventSource;
  /** The event's id, or null when the payload has none. */
  eventId: string | null;
  /** The record's id in the platform, or null when unknown or when the whole event was skipped. */
  recordId: string | null;
  /** The property, or null when the whole event was skipped. */
  property: string | null;
  reason: SkipReason;
  /** One sentence naming the event, the value involved and what to do. */
  message: string;
}

/** A remark about how an event was read that the caller should pass on, such as a fallback. */
export interface EventNote {
  source: EventSource;
  eventId: string;
  message: string;
}

/** The changes, skipped events and notes a reader found in one payload. */
export interface ReadEventsResult {
  changes: PlatformChange[];
  skipped: SkippedEvent[];
  notes: EventNote[];
}

/** True for a non-null object that is not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Describes a JSON value for a message: its text for a string, "missing" for an absent key, otherwise its type. */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) {
    return "missing";
  }
  if (typeof value === "string") {
    return JSON.stringify(value);
  }
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "an array";
  }
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
