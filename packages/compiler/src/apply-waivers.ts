// Field waivers: `waive: [{ code, reason }]` on a field lifts the diagnostics with that code whose
// path lies inside the field. A waiver must lift something and name a code a semantic check
// reports, so a stale or mistyped waiver does not hide a future problem unnoticed.

import { buildDiagnostic, toJsonPointer, type Diagnostic, type PolicyIR } from "@fieldpolicy/core";
import { PIPELINE_CODES } from "./diagnostic-codes";
import { locateDiagnostic } from "./locate-diagnostic";
import type { PolicySourceMap } from "./source-map";

/** Options of `applyWaivers`. */
export interface ApplyWaiversOptions {
  ir: PolicyIR;
  diagnostics: readonly Diagnostic[];
  sourceMap: PolicySourceMap;
  /** Codes that semantic checks report; a waiver of any other code is an error. */
  knownCodes: ReadonlySet<string>;
  /** Codes of checks skipped in this run (they need a catalog); waiving them is not reported as unused. */
  skippedCodes: ReadonlySet<string>;
}

/** Drops waived diagnostics and adds one for every waiver that is unknown or lifts nothing. */
export function applyWaivers(options: ApplyWaiversOptions): Diagnostic[] {
  const used = new Set<string>();
  const remaining = options.diagnostics.filter((diagnostic) => {
    const waiverPointer = findWaiver(options.ir, diagnostic);
    if (waiverPointer === null) {
      return true;
    }
    used.add(waiverPointer);
    return false;
  });

  for (const [fieldKey, field] of Object.entries(options.ir.fields)) {
    field.waive.forEach((waiver, index) => {
      const pointer = toJsonPointer(["fields", fieldKey, "waive", index]);
      if (!options.knownCodes.has(waiver.code)) {
        remaining.push(
          locateDiagnostic(
            buildDiagnostic({
              code: PIPELINE_CODES.unknownWaiverCode,
              message: `The field ${fieldKey} waives ${waiver.code}, which is not the code of any semantic check.`,
              path: `${pointer}/code`,
              hint: "Check the code against the diagnostic you mean to waive; only semantic checks (FP3xxx) can be waived.",
            }),
            options.sourceMap,
          ),
        );
        return;
      }
      if (!used.has(pointer) && !options.skippedCodes.has(waiver.code)) {
        remaining.push(
          locateDiagnostic(
            buildDiagnostic({
              code: PIPELINE_CODES.unusedWaiver,
              severity: "warning",
              message: `The field ${fieldKey} waives ${waiver.code}, but that check reports nothing on the field.`,
              path: pointer,
              hint: "Remove the waiver, so it cannot hide a future problem.",
            }),
            options.sourceMap,
          ),
        );
      }
    });
  }
  return remaining;
}

/** Returns the pointer of the waiver that lifts a diagnostic, or null when none does. */
function findWaiver(ir: PolicyIR, diagnostic: Diagnostic): string | null {
  const match = /^\/fields\/([^/]+)(\/|$)/.exec(diagnostic.path ?? "");
  if (match === null || match[1] === undefined) {
    return null;
  }
  const fieldKey = match[1].replace(/~1/g, "/").replace(/~0/g, "~");
  const field = Object.hasOwn(ir.fields, fieldKey) ? ir.fields[fieldKey] : undefined;
  const index = field?.waive.findIndex((waiver) => waiver.code === diagnostic.code) ?? -1;
  return index === -1 ? null : toJsonPointer(["fields", fieldKey, "waive", index]);
}
