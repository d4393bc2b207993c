// Codes and wording of the problems found while loading catalog files. They are kept apart from
// the semantic checks because they concern the catalog files, not the policy.

import { buildDiagnostic, type Diagnostic } from "@fieldpolicy/core";

/** A catalog loading code with its short name and what it reports. */
export interface CatalogDiagnosticCode {
  code: string;
  name: string;
  description: string;
}

/** Every code `loadCatalog` reports. */
export const CATALOG_DIAGNOSTIC_CODES: readonly CatalogDiagnosticCode[] = [
  { code: "FP4201", name: "catalog-file-unreadable", description: "A catalog file cannot be read or is not valid JSON." },
  {
    code: "FP4202",
    name: "catalog-file-unrecognized",
    description: "A catalog file is neither a Salesforce describe, the output of `sf sobject describe --json`, nor a HubSpot properties listing.",
  },
  {
    code: "FP4203",
    name: "hubspot-catalog-file-name",
    description: "A HubSpot properties listing is not named `hubspot.<object>.json`, so its object is unknown.",
  },
  { code: "FP4204", name: "catalog-object-duplicate", description: "Two catalog files describe the same object of the same platform." },
  { code: "FP4205", name: "catalog-folder-unreadable", description: "The catalog folder cannot be read or contains no JSON file." },
];

/** The file shapes a catalog folder may contain, named in messages about unrecognized files. */
export const EXPECTED_CATALOG_SHAPES =
  "a Salesforce describe (the JSON of GET /services/data/vXX.X/sobjects/<Object>/describe, with `name` and `fields`), " +
  "the output of `sf sobject describe --sobject <Object> --json` (`{ status, result }`), " +
  "or a HubSpot properties listing (the JSON of GET /crm/v3/properties/<object>, `{ results: [...] }`) named `hubspot.<object>.json`";

/** Builds a diagnostic about one catalog file; it points at the file, not at the policy. */
export function buildCatalogDiagnostic(input: {
  code: string;
  severity?: Diagnostic["severity"];
  message: string;
  hint: string;
  file: string;
}): Diagnostic {
  return { ...buildDiagnostic(input), file: input.file };
}
