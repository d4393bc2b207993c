// A catalog is what a platform reports about its own fields: a Salesforce describe or a HubSpot
// properties listing, normalized to one shape so checks and generators need not know either format.

/** The value kinds a catalog property is compared on. */
export type CatalogValueKind =
  "text" | "picklist" | "multiPicklist" | "boolean" | "reference" | "date" | "datetime" | "number" | "other";

/** One property as the platform describes it. */
export interface CatalogProperty {
  /** API name. */
  name: string;
  label: string;
  /** The platform's own type name (`picklist`, `enumeration`, `bool`, …), kept for messages. */
  platformType: string;
  valueKind: CatalogValueKind;
  /** Active picklist values in the platform's order, or null when the property is no picklist. */
  picklistValues: string[] | null;
  /** True when no integration can write the value. */
  readOnly: boolean;
  /** True when the platform computes the value (formula, rollup, score). */
  calculated: boolean;
  /** True when the value can be set on create only. */
  createOnly: boolean;
  /** True when the platform requires a value on every record. */
  required: boolean;
  /**
   * What a reference points at: Salesforce `referenceTo` (`["Group", "User"]`) or HubSpot
   * `referencedObjectType` (`["OWNER"]`). Empty or absent for properties that are no reference.
   */
  referenceTo?: string[];
  /**
   * Longest text the platform stores, in characters (Salesforce `length` of text fields). Absent
   * when the platform sets no limit or the catalog does not say.
   */
  maxLength?: number;
}

/** The properties of one object in one platform. */
export interface CatalogObject {
  platform: "salesforce" | "hubspot";
  /** The object's API name (`Lead`, `contact`). */
  object: string;
  /** The catalog file it came from, for messages. */
  file: string;
  properties: Record<string, CatalogProperty>;
}

/** Every catalog object the user passed with `--catalog`. */
export interface Catalog {
  objects: CatalogObject[];
}

/** Finds the catalog of an object; HubSpot object names compare case-insensitively and with or without a plural s. */
export function findCatalogObject(
  catalog: Catalog | null,
  platform: CatalogObject["platform"],
  object: string,
): CatalogObject | null {
  if (catalog === null) {
    return null;
  }
  const wanted = normalizeObjectName(platform, object);
  return (
    catalog.objects.find(
      (entry) => entry.platform === platform && normalizeObjectName(platform, entry.object) === wanted,
    ) ?? null
  );
}

function normalizeObjectName(platform: CatalogObject["platform"], object: string): string {
  // HubSpot's API uses `contacts` in URLs and `contact` in associations, while Salesforce names are exact.
  return platform === "hubspot" ? object.toLowerCase().replace(/s$/, "") : object;
}
