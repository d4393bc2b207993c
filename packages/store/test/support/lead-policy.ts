import { compilePolicy } from "@fieldpolicy/compiler";
import type { PolicyIR } from "@fieldpolicy/core";
import { fileURLToPath } from "node:url";

let cached: PolicyIR | null = null;

/** Compiles the default policy (policies/lead.policy.ts) with the real compiler, once per test file. */
export async function loadLeadPolicy(): Promise<PolicyIR> {
  if (cached === null) {
    const file = fileURLToPath(new URL("../../../../policies/lead.policy.ts", import.meta.url));
    const compiled = compilePolicy(file);
    if (compiled.ir === null) {
      throw new Error(`The default policy does not compile: ${JSON.stringify(compiled.diagnostics)}`);
    }
    cached = compiled.ir;
  }
  return cached;
}
