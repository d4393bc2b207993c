// Normalizes a Salesforce describe (REST `GET /services/data/vXX.X/sobjects/<Object>/describe`,
// also the `result` of `sf sobject describe --json`) to a catalog object.

import type { CatalogObject, CatalogProperty, CatalogValueKind } from "@fieldpolicy/core";

/** The parts of a describe's field entry that the catalog uses. */
export interface SalesforceDescribeField {
  name: string;
  label?: string;
  type: string;
  createable?: boolean;
  updateable?: boolean;
  nillable?: boolean;
  defaultedOnCreate?: boolean;
  calculated?: boolean;
  autoNumber?: boolean;
  referenceTo?: string[];
  length?: number;
  picklistValues?: { value: string; active?: boolean }[];
}

/** The parts of a describe that the catalog uses. */
export interface SalesforceDescribe {
  name: string;
  fields: SalesforceDescribeField[];
}

const VALUE_KINDS: Record<string, CatalogValueKind> = {
  string: "text",
  textarea: "text",
  email: "text",
  phone: "text",
  url: "text",
  encryptedstring: "text",
  combobox: "text",
  picklist: "picklist",
  multipicklist: "multiPicklist",
  boolean: "boolean",
  reference: "reference",
  date: "date",
  datetime: "datetime",
  double: "number",
  int: "number",
  long: "number",
  currency: "number",
  percent: "number",
};

/** True when a parsed JSON value has the shape of a Salesforce describe. */
export function isSalesforceDescribe(value: unknown): value is SalesforceDescribe {
  if (value === null || typeof value !== "object") {
    return false;
  }
  const candidate = value as { name?: unknown; fields?: unknown };
  return (
    typeof candidate.name === "string" &&
    Array.isArray(candidate.fields) &&
    candidate.fields.every(
      (field: unknown) =>
        field !== null &&
        typeof field === "object" &&
        typeof (field as { name?: unknown }).name === "string" &&
        typeof (field as { type?: unknown }).type === "string",
    )
  );
}

/** Builds the catalog property of one describe field. */
export function readSalesforceField(field: SalesforceDescribeField): CatalogProperty {
  const createable = field.createable === true;
  const updateable = field.updateable === true;
  const valueKind = VALUE_KINDS[field.type] ?? "other";
  const isPicklist = valueKind === "picklist" || valueKind === "multiPicklist";

  return {
    name: field.name,
    label: field.label ?? field.name,
    platformType: field.type,
    valueKind,
    picklistValues: isPicklist
      ? (field.picklistValues ?? [])
          .filter((entry) => entry.active !== false && typeof entry.value === "string")
          .map((entry) => entry.value)
      : null,
    // A field that can be set on create but not on update is create-only, not read-only.
    readOnly: !createable && !updateable,
    calculated: field.calculated === true || field.autoNumber === true,
    createOnly: createable && !updateable,
    required: createable && field.nillable === false && field.defaultedOnCreate !== true,
    referenceTo: [...(field.referenceTo ?? [])],
    // Salesforce reports a length for text fields; other types report 0.
    ...(valueKind === "text" && typeof field.length === "number" && field.length > 0 ? { maxLength: field.length } : {}),
  };
}

/** Builds the catalog object of one describe. */
export function readSalesforceDescribe(describe: SalesforceDescribe, file: string): CatalogObject {
  const properties: Record<string, CatalogProperty> = {};
  for (const field of describe.fields) {
    properties[field.name] = readSalesforceField(field);
  }
  return { platform: "salesforce", object: describe.name, file, properties };
}
