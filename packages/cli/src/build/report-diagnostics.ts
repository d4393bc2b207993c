// The one place the check and build commands print diagnostics, through the shared renderers.

import type { Diagnostic } from "@fieldpolicy/core";
import type { CompiledPolicy } from "@fieldpolicy/compiler";
import { renderDiagnostics, type DiagnosticFormat } from "../render/index";

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

  const rendered = renderDiagnostics(diagnostics, options.format, { sources, cwd: options.cwd });
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
