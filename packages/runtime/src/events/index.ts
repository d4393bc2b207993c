// Real change events: HubSpot webhook deliveries and Salesforce Change Data Capture events, read
// into platform changes and grouped into conflicts against a base snapshot.

export type { EventNote, EventSource, PlatformChange, ReadEventsResult, SkipReason, SkippedEvent } from "./event-types";
export { readHubspotEvents } from "./read-hubspot-events";
export { readSalesforceEvents } from "./read-salesforce-events";
export { isBitmapList, parseEventFieldName, toObjectFieldName } from "./salesforce-field-names";
export {
  checkBaseSnapshot,
  toIdKey,
  type BaseFieldValue,
  type BaseRecord,
  type BaseSnapshot,
  type BaseSnapshotCheck,
} from "./base-snapshot";
export { buildEventConflicts, type BuildEventConflictsOptions, type EventConflicts } from "./build-event-conflicts";
