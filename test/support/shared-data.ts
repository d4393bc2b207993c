// Locates the real platform examples that some tests read. Vendor documentation examples (the
// Salesforce change events, HubSpot's webhook examples) may not be redistributed, so they are not
// in this repository: they live in the workplace's shared/data folder beside the clone, or wherever
// FIELDPOLICY_SHARED_DATA points.

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Returns the shared data folder, or fails with the fix when it is missing. */
export function locateSharedData(): string {
  const folder = process.env["FIELDPOLICY_SHARED_DATA"] ?? path.resolve(REPOSITORY_ROOT, "../shared/data");
  if (!existsSync(path.join(folder, "PROVENANCE.md"))) {
    throw new Error(
      `The real platform examples were not found in ${folder}. These tests read vendor documentation examples that are not redistributed with the repository; set FIELDPOLICY_SHARED_DATA to the folder that holds them (shared/data, with its PROVENANCE.md).`,
    );
  }
  return folder;
}
