// Field names in Salesforce change events. Compound fields (a Lead's Name and Address, a
// Contact's MailingAddress, a custom geolocation) arrive as nested objects, and `changedFields`
// names their parts as `Compound.Component`. The object's own field names differ for addresses
// and geolocations: MailingAddress.Street is the Contact field MailingStreet.

/** Header lists in a Pub/Sub event hold bitmaps such as `0x08F81000`, or `3-0x02` for the parts of a compound field. */
const BITMAP = /^(\d+-)?0x[0-9a-f]+$/i;

/** True when a header list (`changedFields`, `nulledFields`, `diffFields`) contains bitmaps rather than field names. */
export function isBitmapList(entries: readonly string[]): boolean {
  return entries.some((entry) => BITMAP.test(entry));
}

/**
 * Returns the object's field name for one part of a compound field. `Name.FirstName` is
 * FirstName; `Address.City` is City and `MailingAddress.City` is MailingCity; a custom geolocation
 * `Place__c.Latitude` is `Place__Latitude__s`.
 */
export function toObjectFieldName(compound: string, component: string): string {
  // NOTE: the geolocation naming follows Salesforce's field naming; no real geolocation change event was at hand to check it.
  if (compound.endsWith("__c")) {
    return `${compound.slice(0, -"__c".length)}__${component}__s`;
  }
  if (compound.endsWith("Address")) {
    return `${compound.slice(0, -"Address".length)}${component}`;
  }
  return component;
}

/** A field named in a change event: the object's field name and where its value sits in the body. */
export interface EventFieldName {
  /** The object's field name (`MailingCity`). */
  property: string;
  /** Keys from the event body to the value (`["MailingAddress", "City"]`). */
  bodyPath: [string] | [string, string];
}

/** Reads a `changedFields` or `nulledFields` entry, such as `Status` or `Name.LastName`. */
export function parseEventFieldName(entry: string): EventFieldName {
  const dot = entry.indexOf(".");
  if (dot === -1) {
    return { property: entry, bodyPath: [entry] };
  }
  const compound = entry.slice(0, dot);
  const component = entry.slice(dot + 1);
  return { property: toObjectFieldName(compound, component), bodyPath: [compound, component] };
}
