// The HubSpot generator: the mapping spec as canonical JSON and the admin checklist as Markdown.
// Pure: it reads the IR and returns files, and a policy without HubSpot and Salesforce gets none.

import { renderCanonicalJson, renderGeneratedBanner, type GeneratorResult, type PolicyIR } from "@fieldpolicy/core";
import { buildMappingSpec } from "./build-mapping-spec";
import { renderAdminChecklist } from "./render-admin-checklist";

/** File name of the mapping spec inside the generator's folder. */
export const MAPPING_SPEC_FILE = "mapping-spec.json";

/** File name of the admin checklist inside the generator's folder. */
export const ADMIN_CHECKLIST_FILE = "admin-checklist.md";

/** Generates the HubSpot connector files of a policy. */
export function generateHubSpot(ir: PolicyIR): GeneratorResult {
  const result = buildMappingSpec(ir);
  if (result === null) {
    return { files: [], diagnostics: [] };
  }

  const valueKinds = Object.fromEntries(Object.entries(ir.fields).map(([key, field]) => [key, field.type.kind]));
  const checklist = renderAdminChecklist(result.spec, { banner: renderGeneratedBanner(ir), valueKinds });

  return {
    files: [
      { path: ADMIN_CHECKLIST_FILE, contents: checklist },
      { path: MAPPING_SPEC_FILE, contents: renderCanonicalJson(result.spec) },
    ],
    diagnostics: result.diagnostics,
  };
}
