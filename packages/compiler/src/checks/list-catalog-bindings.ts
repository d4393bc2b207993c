// Pairs each binding of the policy with the catalog's entry for its property, for the checks
// that need a catalog. Systems of other kinds (enrichment, Marketo, custom) have no catalog format
// yet and are left out.

import {
  findCatalogObject,
  type Binding,
  type Catalog,
  type CatalogObject,
  type CatalogProperty,
  type Field,
  type PolicyIR,
  type ValueMap,
} from "@fieldpolicy/core";

/** One binding of one field, with its catalog object and property. */
export interface CatalogBinding {
  fieldKey: string;
  field: Field;
  system: string;
  binding: Binding;
  platform: CatalogObject["platform"];
  /** The object's API name in the system (`Lead`, `contact`). */
  objectName: string;
  catalogObject: CatalogObject;
  /** The property the catalog lists under the bound name, or null when it lists none. */
  property: CatalogProperty | null;
}

/** Returns the catalog platform of a system kind, or null when catalogs do not cover it. */
export function selectCatalogPlatform(kind: string | undefined): CatalogObject["platform"] | null {
  if (kind === "salesforce" || kind === "hubspot") {
    return kind;
  }
  return null;
}

/**
 * Finds a property by name. Salesforce API names ignore case, so a Salesforce lookup falls back
 * to a comparison without case; HubSpot names are matched exactly.
 */
export function findCatalogProperty(catalogObject: CatalogObject, name: string): CatalogProperty | null {
  const exact = catalogObject.properties[name];
  if (exact !== undefined || catalogObject.platform !== "salesforce") {
    return exact ?? null;
  }
  const lower = name.toLowerCase();
  return Object.values(catalogObject.properties).find((property) => property.name.toLowerCase() === lower) ?? null;
}

/** Lists every binding whose object the catalog describes. */
export function listCatalogBindings(ir: PolicyIR, catalog: Catalog | null): CatalogBinding[] {
  const result: CatalogBinding[] = [];

  for (const [fieldKey, field] of Object.entries(ir.fields)) {
    for (const [system, binding] of Object.entries(field.bindings)) {
      const platform = selectCatalogPlatform(ir.systems[system]?.kind);
      const objectName = ir.objects[field.object]?.bindings[system];
      if (platform === null || objectName === undefined) {
        continue;
      }
      const catalogObject = findCatalogObject(catalog, platform, objectName);
      if (catalogObject === null) {
        continue;
      }
      result.push({
        fieldKey,
        field,
        system,
        binding,
        platform,
        objectName,
        catalogObject,
        property: findCatalogProperty(catalogObject, binding.property),
      });
    }
  }
  return result;
}

/** Returns the binding's value map, or undefined when the field is no picklist or the system has none. */
export function findValueMap(entry: CatalogBinding): ValueMap | undefined {
  const type = entry.field.type;
  return type.kind === "picklist" || type.kind === "multiPicklist" ? type.valueMaps[entry.system] : undefined;
}
