// The default policy compiled by the real compiler and the real catalog fixtures, shared by the
// catalog check tests. Both load once per test file; tests clone the IR before changing it.

import { join } from "node:path";
import type { Catalog, PolicyIR } from "@fieldpolicy/core";
import { loadCatalog } from "../../src/catalog/index";
import { compilePolicy } from "../../src/index";

/** The repository root, where `policies/` and `test/fixtures/` live. */
export const REPOSITORY_ROOT = join(import.meta.dirname, "../../../..");

/** Compiles `policies/lead.policy.ts` and returns its IR, failing when it has none. */
export function loadDefaultPolicyIr(): PolicyIR {
  const compiled = compilePolicy("policies/lead.policy.ts", { cwd: REPOSITORY_ROOT });
  if (compiled.ir === null) {
    const messages = compiled.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`);
    throw new Error(`The default policy did not compile:\n${messages.join("\n")}`);
  }
  return compiled.ir;
}

/** Loads the real catalog fixtures. */
export function loadRealCatalog(): Catalog {
  return loadCatalog(join(REPOSITORY_ROOT, "test/fixtures/catalogs/real")).catalog;
}
