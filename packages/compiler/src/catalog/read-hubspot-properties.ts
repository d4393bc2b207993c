// Normalizes a HubSpot properties listing (`GET /crm/v3/properties/<object>`, `{ results: [...] }`)
// to a catalog object. The listing does not name its object; the file name does (see
// `readHubSpotObjectName`).

import type { CatalogObject, CatalogProperty, CatalogValueKind } from "@fieldpolicy/core";

/** The parts of a HubSpot property that the catalog uses. */
export interface HubSpotProperty {
  name: string;
  label?: string;
  type: string;
  fieldType?: string;
  calculated?: boolean;
  archived?: boolean;
  referencedObjectType?: string;
  options?: { value: string }[];
  modificationMetadata?: { readOnlyValue?: boolean };
}

/** The parts of a properties listing that the catalog uses. */
export interface HubSpotPropertyListing {
  results: HubSpotProperty[];
}

/**
 * File names of HubSpot listings: `hubspot.<object>.json`, with an optional free part before
 * `.json` (`hubspot.contact.json`, `hubspot.deal.properties.json`). The object is HubSpot's
 * object type name in the singular or plural (`contact`, `contacts`, `deal`).
 */
export const HUBSPOT_FILE_NAME_PATTERN = /^hubspot\.([A-Za-z0-9_]+)(?:\.[^/\\]*)?\.json$/;

/** True when a parsed JSON value has the shape of a HubSpot properties listing. */
export function isHubSpotPropertyListing(value: unknown): value is HubSpotPropertyListing {
  if (value === null || typeof value !== "object") {
    return false;
  }
  const results = (value as { results?: unknown }).results;
  return (
    Array.isArray(results) &&
    results.every(
      (property: unknown) =>
        property !== null &&
        typeof property === "object" &&
        typeof (property as { name?: unknown }).name === "string" &&
        typeof (property as { type?: unknown }).type === "string",
    )
  );
}

/** Returns the object a HubSpot listing's file name declares, or null when the name breaks the convention. */
export function readHubSpotObjectName(fileName: string): string | null {
  return HUBSPOT_FILE_NAME_PATTERN.exec(fileName)?.[1] ?? null;
}

function selectValueKind(property: HubSpotProperty): CatalogValueKind {
  switch (property.type) {
    case "string":
    case "phone_number":
      return "text";
    case "number":
      return "number";
    case "bool":
      return "boolean";
    case "date":
      return "date";
    case "datetime":
      return "datetime";
    case "enumeration":
      // The fieldType of an enumeration decides its kind: a single checkbox is a boolean,
      // checkboxes are a multi-select, and a referenced object type (OWNER) makes it a reference.
      if (property.fieldType === "booleancheckbox") {
        return "boolean";
      }
      if (property.fieldType === "checkbox") {
        return "multiPicklist";
      }
      if (property.referencedObjectType !== undefined) {
        return "reference";
      }
      return "picklist";
    default:
      return "other";
  }
}

/** Builds the catalog property of one HubSpot property. */
export function readHubSpotProperty(property: HubSpotProperty): CatalogProperty {
  const valueKind = selectValueKind(property);
  const isPicklist = valueKind === "picklist" || valueKind === "multiPicklist";

  return {
    name: property.name,
    label: property.label ?? property.name,
    platformType: property.fieldType === undefined ? property.type : `${property.type}/${property.fieldType}`,
    valueKind,
    picklistValues: isPicklist
      ? (property.options ?? []).map((option) => option.value).filter((value) => typeof value === "string")
      : null,
    readOnly: property.modificationMetadata?.readOnlyValue === true,
    calculated: property.calculated === true || (property.fieldType ?? "").startsWith("calculation_"),
    // HubSpot has no create-only or required properties at the API level.
    createOnly: false,
    required: false,
    referenceTo: property.referencedObjectType === undefined ? [] : [property.referencedObjectType],
  };
}

/** Builds the catalog object of one properties listing. Archived properties are left out. */
export function readHubSpotProperties(listing: HubSpotPropertyListing, object: string, file: string): CatalogObject {
  const properties: Record<string, CatalogProperty> = {};
  for (const property of listing.results) {
    if (property.archived === true) {
      continue;
    }
    properties[property.name] = readHubSpotProperty(property);
  }
  return { platform: "hubspot", object, file, properties };
}
