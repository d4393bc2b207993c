// The one place the check and build commands print diagnostics, through the shared renderers.

import type { Diagnostic } from "@fieldpolicy/core";
import {
  CATALOG_DIAGNOSTIC_CODES,
  PIPELINE_CODE_DESCRIPTIONS,
  SEMANTIC_CHECKS,
  type CompiledPolicy,
} from "@fieldpolicy/compiler";
import { UNSAFE_OUTPUT_FOLDER_CODE } from "./check-output-folder";
import { UNENFORCED_RULE_PART_CODE } from "@fieldpolicy/core";
import { GENERATOR_CODES } from "./generate-outputs";
import { renderDiagnostics, shouldUseColor, type DiagnosticFormat } from "../render/index";

/** Writes diagnostics to standard error in text format, or to standard output in machine formats. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: { format: DiagnosticFormat; policies: readonly CompiledPolicy[]; cwd: string },
): void {
  const sources = new Map<string, string>();
  for (const policy of options.policies) {
    for (const [file, text] of policy.sources) {
      sources.set(file, text);
    }
  }

  const rendered = renderDiagnostics(diagnostics, options.format, {
    sources,
    cwd: options.cwd,
    ruleDescriptions: buildRuleDescriptions(),
    // Text goes to standard error, so that stream decides about colour.
    color: shouldUseColor({ isTTY: process.stderr.isTTY, env: process.env }),
  });
  if (rendered === "") {
    return;
  }
  // Machine formats go to standard output so they can be piped into a file or a tool.
  if (options.format === "text") {
    process.stderr.write(rendered);
  } else {
    process.stdout.write(rendered);
  }
}

/** Returns one line per diagnostic code that the compiler reports, for SARIF rule entries. */
function buildRuleDescriptions(): Map<string, string> {
  const descriptions = new Map(PIPELINE_CODE_DESCRIPTIONS);
  for (const entry of CATALOG_DIAGNOSTIC_CODES) {
    descriptions.set(entry.code, entry.description);
  }
  for (const check of SEMANTIC_CHECKS) {
    descriptions.set(check.code, check.description);
  }
  descriptions.set(UNENFORCED_RULE_PART_CODE, "The enforcement plan assigns a rule part to no layer.");
  descriptions.set(GENERATOR_CODES.failed, "A generator failed with an internal error.");
  descriptions.set(GENERATOR_CODES.invalidPath, "A generator returned a file path outside its folder or twice.");
  descriptions.set(UNSAFE_OUTPUT_FOLDER_CODE, "The output folder contains files that fieldpolicy did not write.");
  return descriptions;
}
