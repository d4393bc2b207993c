// The compiler's pipeline for one policy file: load, normalize, validate against the schema,
// run the semantic checks and apply waivers. It returns data and never writes.

import path from "node:path";
import { hasErrors, type Catalog, type Diagnostic, type PolicyIR } from "@fieldpolicy/core";
import type { Project } from "ts-morph";
import { applyWaivers } from "./apply-waivers";
import { SEMANTIC_CHECKS } from "./checks/index";
import type { SemanticCheck } from "./checks/semantic-check";
import { hashPolicySources } from "./hash-policy-sources";
import { loadPolicy } from "./load-policy";
import { toDisplayPath } from "./load/locate-node";
import { normalizePolicy } from "./normalize-policy";
import { runSemanticChecks } from "./run-semantic-checks";
import type { PolicySourceMap } from "./source-map";
import { checkSchema } from "./validate/check-schema";

/** Options of `compilePolicy` and `compilePolicies`. */
export interface CompileOptions {
  /** Field catalogs the catalog checks compare bindings with. @default null (catalog checks skipped) */
  catalog?: Catalog | null;
  /** Folder that paths in diagnostics and `source.file` are relative to. @default process.cwd() */
  cwd?: string;
  /** Semantic checks to run. @default SEMANTIC_CHECKS */
  checks?: readonly SemanticCheck[];
  /** A project to load into, so several policies share parsed library files. @default a new project */
  project?: Project;
}

/** The result of compiling one policy. */
export interface CompiledPolicy {
  /** The policy file, relative to the working directory. */
  file: string;
  /** The IR; null when any error was found. */
  ir: PolicyIR | null;
  /** Every problem found, errors and warnings, in pipeline order. */
  diagnostics: Diagnostic[];
  sourceMap: PolicySourceMap;
  /** Text of the policy file and each file it imports, by path relative to the working directory. */
  sources: Map<string, string>;
}

/** Compiles one policy file to its IR. */
export function compilePolicy(file: string, options: CompileOptions = {}): CompiledPolicy {
  const cwd = options.cwd ?? process.cwd();
  const catalog = options.catalog ?? null;
  const checks = options.checks ?? SEMANTIC_CHECKS;
  const absolutePath = path.resolve(cwd, file);
  const displayPath = toDisplayPath(absolutePath, cwd);

  const loaded = loadPolicy(absolutePath, { cwd, ...(options.project === undefined ? {} : { project: options.project }) });
  const result: CompiledPolicy = {
    file: displayPath,
    ir: null,
    diagnostics: [...loaded.diagnostics],
    sourceMap: loaded.sourceMap,
    sources: loaded.sources,
  };
  if (loaded.spec === null) {
    return result;
  }

  const sha256 = hashPolicySources(loaded.sources, { cwd, policyFolder: path.dirname(absolutePath) });
  const candidate = normalizePolicy(loaded.spec, { file: displayPath, sha256 });

  const schema = checkSchema(candidate, loaded.sourceMap);
  result.diagnostics.push(...schema.diagnostics);
  if (schema.ir === null) {
    return result;
  }

  const semantic = runSemanticChecks({ ir: schema.ir, catalog, sourceMap: loaded.sourceMap, checks });
  const skipped = checks.filter((check) => check.needsCatalog && catalog === null);
  result.diagnostics.push(
    ...applyWaivers({
      ir: schema.ir,
      diagnostics: semantic,
      sourceMap: loaded.sourceMap,
      knownCodes: new Set(checks.map((check) => check.code)),
      skippedCodes: new Set(skipped.map((check) => check.code)),
    }),
  );

  result.ir = hasErrors(result.diagnostics) ? null : schema.ir;
  return result;
}
