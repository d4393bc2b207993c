// Renders resolver.ts: the policy's types, its facts as constants, the static wiring of each
// field and the public API, importing only the kernel that ships beside it.

import { renderGeneratedBanner, type PolicyIR } from "@fieldpolicy/core";
import { buildConstantPrefixes } from "./render-literal";
import { listRulePartFunctions, renderFieldWiring } from "./render-field-wiring";
import { renderPolicyFrame } from "./render-policy-frame";
import { renderResolverApi } from "./render-resolver-api";
import { renderValueTypes } from "./render-value-types";

/** The kernel's module specifier, as resolver.ts imports it. */
export const KERNEL_SPECIFIER = "./resolver-kernel.js";

/** Renders the whole resolver.ts of a policy. */
export function renderResolverModule(ir: PolicyIR): string {
  const prefixes = buildConstantPrefixes(Object.keys(ir.fields));
  const kernelValues = [
    "buildErrorDecision",
    "buildFieldPlan",
    "checkConflict",
    "computeDecisionId",
    "FlipTracker",
    "guardResolution",
    "resolvePlannedConflict",
    "settleOpenChanges",
    "WriteLedger",
    ...listRulePartFunctions(ir),
  ].sort();
  const kernelTypes = ["ChangeInput", "Decision", "FieldPlan", "KernelPolicy", "ResolutionState", "ResolverSession", "UserDirectory"];

  return [
    `// ${renderGeneratedBanner(ir)}`,
    "//",
    `// The conflict resolver of the "${ir.name}" policy. Each field's rule parts are called directly,`,
    "// in the runtime's precedence order, with the field's IR fragments as constants. The parts,",
    "// normalization, sessions and decision building are @fieldpolicy/runtime's own code, bundled",
    "// into resolver-kernel.js, so this module decides exactly as the runtime does from the IR and",
    "// needs no package at run time: only Node's node:crypto (for decision ids) and Intl (for time",
    "// zones in review due times).",
    "",
    `import { ${kernelValues.join(", ")} } from "${KERNEL_SPECIFIER}";`,
    `import type { ${kernelTypes.join(", ")} } from "${KERNEL_SPECIFIER}";`,
    "",
    `export type { AuditEntry, ChangeInput, Decision, DirectoryUser, Rejection, ReviewRequest, UserDirectory, Write } from "${KERNEL_SPECIFIER}";`,
    "",
    renderValueTypes(ir),
    "",
    renderPolicyFrame(ir, prefixes),
    "",
    renderFieldWiring(ir, prefixes),
    "",
    renderResolverApi(),
    "",
  ].join("\n");
}
