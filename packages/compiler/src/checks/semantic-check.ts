import type { Catalog, DiagnosticInput, PolicyIR } from "@fieldpolicy/core";

/** Input of a semantic check: the schema-valid IR and, when the user passed one, the catalog. */
export interface CheckContext {
  ir: PolicyIR;
  catalog: Catalog | null;
}

/**
 * One semantic rule of the compiler. A check never throws on a schema-valid IR. It reports each
 * problem at the JSON Pointer of the value it is about, so the pipeline can map it to file, line
 * and column through the source map and apply field waivers by code.
 */
export interface SemanticCheck {
  /** Stable code, `FP` and four digits. */
  code: string;
  /** Short kebab-case name (`tier1-review-trigger`). */
  name: string;
  /** One line on what the check enforces. */
  description: string;
  /** True when the check needs a catalog and is skipped without one. */
  needsCatalog: boolean;
  run(context: CheckContext): DiagnosticInput[];
}
