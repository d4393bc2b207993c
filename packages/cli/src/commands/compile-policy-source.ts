// Compiles a policy source named by `--policy` in the current process, as `explain`, `queue
// resolve` and `audit purge` do, and as `resolve` does in its child process.

import type { PolicyIR } from "@fieldpolicy/core";

/**
 * Compiles the policy `file`, relative to the working directory. When it has errors, prints its
 * diagnostics to standard error as text and returns null. Warnings of a policy without errors are
 * not printed, because the commands that run a policy report on decisions, not on the policy.
 */
export async function compilePolicySource(file: string): Promise<PolicyIR | null> {
  // Loaded here, not at the top, because the compiler loads the TypeScript compiler, which the
  // commands that take an ir.json never need.
  const { compilePolicy } = await import("@fieldpolicy/compiler");
  const { hasErrors } = await import("@fieldpolicy/core");
  const cwd = process.cwd();
  const compiled = compilePolicy(file, { cwd });
  if (compiled.ir !== null && !hasErrors(compiled.diagnostics)) {
    return compiled.ir;
  }

  const { reportDiagnostics } = await import("../build/report-diagnostics");
  reportDiagnostics(compiled.diagnostics, { format: "text", policies: [compiled], cwd });
  return null;
}
