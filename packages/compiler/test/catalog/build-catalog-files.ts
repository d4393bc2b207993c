// Factories for small catalog files written to a temporary folder, so loader tests can cover
// shapes and mistakes that the real fixtures do not have.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A Salesforce describe field with the attributes the loader reads; writable, nillable text by default. */
export function buildDescribeField(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Title",
    label: "Title",
    type: "string",
    createable: true,
    updateable: true,
    nillable: true,
    defaultedOnCreate: false,
    calculated: false,
    autoNumber: false,
    referenceTo: [],
    picklistValues: [],
    ...overrides,
  };
}

/** A Salesforce describe of one object. */
export function buildDescribe(name: string, fields: Record<string, unknown>[] = [buildDescribeField()]): Record<string, unknown> {
  return { name, label: name, custom: false, fields };
}

/** A HubSpot property with the attributes the loader reads; a writable string by default. */
export function buildHubSpotProperty(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "jobtitle",
    label: "Job Title",
    type: "string",
    fieldType: "text",
    calculated: false,
    options: [],
    modificationMetadata: { archivable: true, readOnlyDefinition: true, readOnlyValue: false },
    ...overrides,
  };
}

/** Writes files (name to JSON value, or raw text) into a new temporary folder and returns its path. */
export function writeCatalogFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "fieldpolicy-catalog-"));
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof contents === "string" ? contents : JSON.stringify(contents));
  }
  return dir;
}
