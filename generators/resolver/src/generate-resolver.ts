// The resolver generator: per policy, resolver.ts (the policy's types and static wiring), the
// kernel it imports (the runtime bundled as plain JavaScript) and the kernel's declarations.

import { renderGeneratedBanner, type GeneratorResult, type PolicyIR } from "@fieldpolicy/core";
import { KERNEL_DECLARATIONS } from "./kernel-declarations";
import { KERNEL_SOURCE } from "./kernel-source.generated";
import { renderResolverModule } from "./render-resolver-module";

/** Generates the self-contained resolver module of a policy. It reads the IR and never changes it. */
export function generateResolver(ir: PolicyIR): GeneratorResult {
  const banner = `// ${renderGeneratedBanner(ir)}`;
  const kernelHeader = [
    banner,
    "//",
    "// The resolver kernel: @fieldpolicy/runtime's rule parts, normalization, sessions and decision",
    "// building, bundled with luxon (MIT licence) by esbuild. resolver.ts wires it per field.",
    "",
  ].join("\n");

  return {
    files: [
      { path: "resolver.ts", contents: renderResolverModule(ir) },
      { path: "resolver-kernel.js", contents: kernelHeader + KERNEL_SOURCE },
      { path: "resolver-kernel.d.ts", contents: `${banner}\n\n${KERNEL_DECLARATIONS}` },
    ],
    diagnostics: [],
  };
}
