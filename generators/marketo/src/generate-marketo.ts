// The Marketo generator: the Block Field Updates checklist and its collision conflicts, as
// Markdown for the admin and canonical JSON for tools. Pure: it reads the IR and returns files,
// and a policy without Marketo and Salesforce gets none.

import { renderCanonicalJson, type GeneratorResult, type PolicyIR } from "@fieldpolicy/core";
import { buildMarketoChecklist } from "./build-marketo-checklist";
import { renderMarketoChecklist } from "./render-marketo-checklist";

/** File name of the Markdown checklist inside the generator's folder. */
export const MARKETO_CHECKLIST_FILE = "marketo-checklist.md";

/** File name of the JSON checklist inside the generator's folder. */
export const MARKETO_CHECKLIST_JSON_FILE = "marketo-checklist.json";

/** Generates the Marketo files of a policy. */
export function generateMarketo(ir: PolicyIR): GeneratorResult {
  const result = buildMarketoChecklist(ir);
  if (result === null) {
    return { files: [], diagnostics: [] };
  }

  return {
    files: [
      { path: MARKETO_CHECKLIST_JSON_FILE, contents: renderCanonicalJson(result.checklist) },
      { path: MARKETO_CHECKLIST_FILE, contents: renderMarketoChecklist(result.checklist) },
    ],
    diagnostics: result.diagnostics,
  };
}
