// Salesforce refuses field permissions on fields that every record must have, such as Lead
// LastName, Company and Status: a permission set that names them fails to deploy. A Salesforce
// describe marks them `permissionable: false`.

import type { Catalog } from "@fieldpolicy/core";
import { findCatalogObject } from "@fieldpolicy/core";

/**
 * Fields without field permissions, as the describe of a new org reports them (permissionable
 * false and updateable true), for the standard objects a lead policy binds. Used with or without a
 * catalog, because a catalog's `required` flag does not cover every such field: Lead Status and
 * OwnerId get a default on create, so a catalog does not mark them required.
 */
const FIELDS_WITHOUT_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  Account: ["Name", "OwnerId"],
  Contact: ["FirstName", "LastName", "OwnerId", "Salutation"],
  Lead: ["Company", "FirstName", "LastName", "OwnerId", "Salutation", "Status"],
  Opportunity: ["CloseDate", "Name", "OwnerId", "StageName"],
};

/** True when a permission set may name the field: it is neither always required nor computed. */
export function takesFieldPermission(catalog: Catalog | null, object: string, property: string): boolean {
  if (FIELDS_WITHOUT_PERMISSIONS[object]?.includes(property) === true) {
    return false;
  }
  const described = findCatalogObject(catalog, "salesforce", object)?.properties[property];
  return described === undefined || !described.required;
}

/** True when the catalog marks the field read-only or computed, so an editable permission would fail. */
export function isReadOnlyInCatalog(catalog: Catalog | null, object: string, property: string): boolean {
  const described = findCatalogObject(catalog, "salesforce", object)?.properties[property];
  return described !== undefined && (described.readOnly || described.calculated);
}
