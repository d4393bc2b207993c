import { join } from "node:path";
import { findCatalogObject, type Catalog, type CatalogProperty } from "@fieldpolicy/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/index";
import {
  buildDescribe,
  buildDescribeField,
  buildHubSpotProperty,
  writeCatalogFolder,
} from "./build-catalog-files";

const REAL_CATALOG = join(import.meta.dirname, "../../../../test/fixtures/catalogs/real");

function getProperty(catalog: Catalog, platform: "salesforce" | "hubspot", object: string, name: string): CatalogProperty {
  const property = findCatalogObject(catalog, platform, object)?.properties[name];
  if (property === undefined) {
    throw new Error(`The catalog has no ${platform} ${object}.${name}.`);
  }
  return property;
}

describe("loadCatalog on the real fixtures", () => {
  let catalog: Catalog;
  let codes: string[];

  beforeAll(() => {
    const result = loadCatalog(REAL_CATALOG);
    catalog = result.catalog;
    codes = result.diagnostics.map((diagnostic) => diagnostic.code);
  });

  it("loads every file without diagnostics", () => {
    expect(codes).toEqual([]);
  });

  it("names each object from its file", () => {
    const names = catalog.objects.map((object) => `${object.platform}:${object.object}`);

    expect(names).toEqual(["hubspot:contact", "salesforce:Contact", "salesforce:Lead"]);
  });

  it("keeps the active Lead Status values in order", () => {
    expect(getProperty(catalog, "salesforce", "Lead", "Status").picklistValues).toEqual([
      "Open - Not Contacted",
      "Working - Contacted",
      "Closed - Converted",
      "Closed - Not Converted",
    ]);
  });

  it("reads OwnerId as a reference to User", () => {
    const owner = getProperty(catalog, "salesforce", "Lead", "OwnerId");

    expect(owner.valueKind).toBe("reference");
    expect(owner.referenceTo).toContain("User");
  });

  it("reads IsConverted as create-only", () => {
    const converted = getProperty(catalog, "salesforce", "Lead", "IsConverted");

    expect(converted.createOnly).toBe(true);
    expect(converted.readOnly).toBe(false);
  });

  it("reads Name as read-only", () => {
    expect(getProperty(catalog, "salesforce", "Lead", "Name").readOnly).toBe(true);
  });

  it("reads LastName as required", () => {
    expect(getProperty(catalog, "salesforce", "Lead", "LastName").required).toBe(true);
  });

  it("reads Status as not required because it is defaulted on create", () => {
    expect(getProperty(catalog, "salesforce", "Lead", "Status").required).toBe(false);
  });

  it("reads the length of Title", () => {
    expect(getProperty(catalog, "salesforce", "Lead", "Title").maxLength).toBe(128);
  });

  it("reads no length for a picklist", () => {
    expect(getProperty(catalog, "salesforce", "Lead", "Status").maxLength).toBeUndefined();
  });

  it("reads hs_email_optout as a read-only boolean", () => {
    const optOut = getProperty(catalog, "hubspot", "contact", "hs_email_optout");

    expect(optOut.valueKind).toBe("boolean");
    expect(optOut.readOnly).toBe(true);
  });

  it("reads hubspot_owner_id as an owner reference", () => {
    const owner = getProperty(catalog, "hubspot", "contact", "hubspot_owner_id");

    expect(owner.valueKind).toBe("reference");
    expect(owner.referenceTo).toEqual(["OWNER"]);
  });

  it("reads the options of hs_lead_status", () => {
    expect(getProperty(catalog, "hubspot", "contact", "hs_lead_status").picklistValues).toContain("BAD_TIMING");
  });

  it("reads a calculation property as calculated", () => {
    expect(getProperty(catalog, "hubspot", "contact", "hs_time_to_first_engagement").calculated).toBe(true);
  });

  it("reads checkboxes as a multi-select", () => {
    expect(getProperty(catalog, "hubspot", "contact", "hs_buying_role").valueKind).toBe("multiPicklist");
  });
});

describe("loadCatalog on written files", () => {
  it("reads the output of sf sobject describe --json", () => {
    const dir = writeCatalogFolder({ "lead.json": { status: 0, result: buildDescribe("Lead"), warnings: [] } });

    const { catalog } = loadCatalog(dir);

    expect(findCatalogObject(catalog, "salesforce", "Lead")?.properties.Title?.valueKind).toBe("text");
  });

  it("leaves out inactive picklist values", () => {
    const status = buildDescribeField({
      name: "Status",
      type: "picklist",
      picklistValues: [
        { value: "Open", active: true },
        { value: "Legacy", active: false },
      ],
    });
    const dir = writeCatalogFolder({ "lead.json": buildDescribe("Lead", [status]) });

    const { catalog } = loadCatalog(dir);

    expect(findCatalogObject(catalog, "salesforce", "Lead")?.properties.Status?.picklistValues).toEqual(["Open"]);
  });

  it("leaves out archived HubSpot properties", () => {
    const listing = { results: [buildHubSpotProperty({ name: "old_score", archived: true }), buildHubSpotProperty()] };
    const dir = writeCatalogFolder({ "hubspot.contacts.json": listing });

    const { catalog } = loadCatalog(dir);

    expect(Object.keys(findCatalogObject(catalog, "hubspot", "contact")?.properties ?? {})).toEqual(["jobtitle"]);
  });

  it("reports CLI output of a failed describe", () => {
    const dir = writeCatalogFolder({ "lead.json": { status: 1, name: "NOT_FOUND", message: "The requested resource does not exist" } });

    const { diagnostics } = loadCatalog(dir);

    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([["FP4202", "error"]]);
  });

  it("reports a file that is not JSON, naming it", () => {
    const dir = writeCatalogFolder({ "broken.json": "{ name: Lead" });

    const [diagnostic] = loadCatalog(dir).diagnostics;

    expect(diagnostic?.code).toBe("FP4201");
    expect(diagnostic?.file).toMatch(/broken\.json$/);
  });

  it("reports an unrecognized file with the shapes expected", () => {
    const dir = writeCatalogFolder({ "notes.json": { objects: [] } });

    const [diagnostic] = loadCatalog(dir).diagnostics;

    expect(diagnostic?.code).toBe("FP4202");
    expect(diagnostic?.hint).toContain("hubspot.<object>.json");
  });

  it("reports a HubSpot listing whose name does not give its object", () => {
    const dir = writeCatalogFolder({ "contact-properties.json": { results: [buildHubSpotProperty()] } });

    const [diagnostic] = loadCatalog(dir).diagnostics;

    expect(diagnostic?.code).toBe("FP4203");
    expect(diagnostic?.file).toMatch(/contact-properties\.json$/);
  });

  it("reports two files that describe one object", () => {
    const dir = writeCatalogFolder({ "a.json": buildDescribe("Lead"), "b.json": buildDescribe("Lead") });

    const { catalog, diagnostics } = loadCatalog(dir);

    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["FP4204"]);
    expect(catalog.objects).toHaveLength(1);
  });

  it("keeps loading the other files after a bad one", () => {
    const dir = writeCatalogFolder({ "a.json": "not json", "b.json": buildDescribe("Lead") });

    expect(loadCatalog(dir).catalog.objects.map((object) => object.object)).toEqual(["Lead"]);
  });

  it("reports a folder that does not exist", () => {
    const { diagnostics } = loadCatalog(join(writeCatalogFolder({}), "missing"));

    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([["FP4205", "error"]]);
  });

  it("warns about a folder without JSON files", () => {
    const { diagnostics } = loadCatalog(writeCatalogFolder({ "README.md": "# catalogs" }));

    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([["FP4205", "warning"]]);
  });
});
