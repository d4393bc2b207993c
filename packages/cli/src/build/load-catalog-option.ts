import path from "node:path";
import type { Catalog, Diagnostic } from "@fieldpolicy/core";
import { loadCatalog } from "@fieldpolicy/compiler";

/** Loads the catalog folder given with `--catalog`, or returns no catalog when the option is absent. */
export function loadCatalogOption(
  catalogDir: string | null,
  cwd: string,
): { catalog: Catalog | null; diagnostics: Diagnostic[] } {
  if (catalogDir === null) {
    return { catalog: null, diagnostics: [] };
  }
  return loadCatalog(path.resolve(cwd, catalogDir));
}
