import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Catalog, CatalogObject, Diagnostic } from "@fieldpolicy/core";
import { buildCatalogDiagnostic, EXPECTED_CATALOG_SHAPES } from "./catalog-diagnostics";
import {
  isHubSpotPropertyListing,
  readHubSpotObjectName,
  readHubSpotProperties,
} from "./read-hubspot-properties";
import { isSalesforceDescribe, readSalesforceDescribe } from "./read-salesforce-describe";

/** A loaded catalog and the problems found in its files. */
export interface LoadCatalogResult {
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

// Paths in diagnostics are relative to the working directory with forward slashes, as everywhere.
function displayPath(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/");
}

/** Reads one catalog file into a catalog object, or returns the diagnostic that explains why it cannot. */
function readCatalogFile(path: string, fileName: string): CatalogObject | Diagnostic {
  const file = displayPath(path);

  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return buildCatalogDiagnostic({
      code: "FP4201",
      message: `Catalog file ${file} cannot be read as JSON: ${(error as Error).message}.`,
      hint: `Save the platform's response unchanged; the folder may hold ${EXPECTED_CATALOG_SHAPES}.`,
      file,
    });
  }

  // `sf ... --json` wraps the describe as `{ status, result, warnings }`; status 0 means success.
  const envelope = parsed as { status?: unknown; result?: unknown } | null;
  if (envelope !== null && typeof envelope === "object" && typeof envelope.status === "number" && "result" in envelope) {
    if (envelope.status !== 0 || !isSalesforceDescribe(envelope.result)) {
      return buildCatalogDiagnostic({
        code: "FP4202",
        message: `Catalog file ${file} is Salesforce CLI output with status ${envelope.status} and no describe in \`result\`.`,
        hint: "Run `sf sobject describe --sobject <Object> --json` again against an org you are logged in to, and save its output.",
        file,
      });
    }
    return readSalesforceDescribe(envelope.result, file);
  }

  if (isSalesforceDescribe(parsed)) {
    return readSalesforceDescribe(parsed, file);
  }

  if (isHubSpotPropertyListing(parsed)) {
    const object = readHubSpotObjectName(fileName);
    if (object === null) {
      return buildCatalogDiagnostic({
        code: "FP4203",
        message: `Catalog file ${file} is a HubSpot properties listing, but its name does not say which object it lists.`,
        hint: "Rename it to `hubspot.<object>.json`, for example `hubspot.contact.json` or `hubspot.deal.json`.",
        file,
      });
    }
    return readHubSpotProperties(parsed, object, file);
  }

  return buildCatalogDiagnostic({
    code: "FP4202",
    message: `Catalog file ${file} is not a catalog fieldpolicy recognizes.`,
    hint: `A catalog file is ${EXPECTED_CATALOG_SHAPES}.`,
    file,
  });
}

/**
 * Loads every `*.json` file in a folder as a field catalog. Files are read in name order, so the
 * result does not depend on the file system. A file that cannot be read or recognized becomes a
 * diagnostic and the other files still load.
 */
export function loadCatalog(dir: string): LoadCatalogResult {
  const diagnostics: Diagnostic[] = [];
  const objects: CatalogObject[] = [];
  const folder = displayPath(dir) || ".";

  let fileNames: string[];
  try {
    fileNames = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    diagnostics.push(
      buildCatalogDiagnostic({
        code: "FP4205",
        message: `Catalog folder ${folder} cannot be read: ${(error as Error).message}.`,
        hint: "Pass `--catalog` a folder that holds Salesforce describes and HubSpot properties listings as JSON files.",
        file: folder,
      }),
    );
    return { catalog: { objects }, diagnostics };
  }

  if (fileNames.length === 0) {
    diagnostics.push(
      buildCatalogDiagnostic({
        code: "FP4205",
        severity: "warning",
        message: `Catalog folder ${folder} contains no JSON file, so no binding is checked against a catalog.`,
        hint: `Save ${EXPECTED_CATALOG_SHAPES} in the folder.`,
        file: folder,
      }),
    );
  }

  for (const fileName of fileNames) {
    const result = readCatalogFile(join(dir, fileName), fileName);
    if (!("properties" in result)) {
      diagnostics.push(result);
      continue;
    }
    const duplicate = objects.find(
      (object) =>
        object.platform === result.platform &&
        normalizeObjectKey(object.platform, object.object) === normalizeObjectKey(result.platform, result.object),
    );
    if (duplicate !== undefined) {
      diagnostics.push(
        buildCatalogDiagnostic({
          code: "FP4204",
          message: `Catalog files ${duplicate.file} and ${result.file} both describe ${result.platform} object \`${result.object}\`; only the first is used.`,
          hint: "Keep one catalog file per object.",
          file: result.file,
        }),
      );
      continue;
    }
    objects.push(result);
  }
  return { catalog: { objects }, diagnostics };
}

// Matches `findCatalogObject` in core: HubSpot object names ignore case and a plural s.
function normalizeObjectKey(platform: CatalogObject["platform"], object: string): string {
  return platform === "hubspot" ? object.toLowerCase().replace(/s$/, "") : object;
}
