import { renderCanonicalJson, type GeneratorResult, type PolicyIR } from "@fieldpolicy/core";

/** Emits `ir.json`: the canonical JSON of the IR, for other tools. */
export function generateIr(ir: PolicyIR): GeneratorResult {
  return { files: [{ path: "ir.json", contents: renderCanonicalJson(ir) }], diagnostics: [] };
}
