import { buildDiagnostic, type Catalog, type Diagnostic, type PolicyIR } from "@fieldpolicy/core";
import type { SemanticCheck } from "./checks/semantic-check";
import { locateDiagnostic } from "./locate-diagnostic";
import type { PolicySourceMap } from "./source-map";

/**
 * Runs every semantic check on a schema-valid IR and locates each diagnostic through the source
 * map. Checks that need a catalog are skipped when there is none. A check that throws breaks its
 * own contract; that is reported as an internal error of the check instead of ending the run.
 */
export function runSemanticChecks(options: {
  ir: PolicyIR;
  catalog: Catalog | null;
  sourceMap: PolicySourceMap;
  checks: readonly SemanticCheck[];
}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of options.checks) {
    if (check.needsCatalog && options.catalog === null) {
      continue;
    }

    let inputs;
    try {
      inputs = check.run({ ir: options.ir, catalog: options.catalog });
    } catch (error) {
      diagnostics.push(
        buildDiagnostic({
          code: check.code,
          message: `The check ${check.name} failed with an internal error: ${error instanceof Error ? error.message : String(error)}.`,
          hint: "This is a bug in fieldpolicy; please report it with the policy that triggers it.",
        }),
      );
      continue;
    }

    for (const input of inputs) {
      diagnostics.push(locateDiagnostic(buildDiagnostic(input), options.sourceMap));
    }
  }
  return diagnostics;
}
