// Public entry of @fieldpolicy/compiler: loading, normalizing and validating policy files.

export { compilePolicy, type CompileOptions, type CompiledPolicy } from "./compile-policy";
export { compilePolicies, DEFAULT_POLICY_PATHS, findDefaultPolicyPaths, type CompiledPolicies } from "./compile-policies";
export { loadPolicy, type LoadedPolicy, type LoadPolicyOptions } from "./load-policy";
export { normalizePolicy, IR_VERSION } from "./normalize-policy";
export { checkSchema, type SchemaCheckResult } from "./validate/check-schema";
export { POLICY_SCHEMA_PATH } from "./validate/schema-validator";
export { runSemanticChecks } from "./run-semantic-checks";
export { applyWaivers, type ApplyWaiversOptions } from "./apply-waivers";
export { hashPolicySources } from "./hash-policy-sources";
export { locateDiagnostic } from "./locate-diagnostic";
export { resolveLocation, buildEmptySourceMap, type PolicySourceMap, type SourceLocation } from "./source-map";
export type { EvaluatedValue, JsonValue } from "./evaluated-value";
export { LOAD_CODES, PIPELINE_CODE_DESCRIPTIONS, PIPELINE_CODES, SCHEMA_CODES } from "./diagnostic-codes";
export { CORE_HELPERS, type CoreHelper } from "./load/core-helpers";
export { SEMANTIC_CHECKS } from "./checks/index";
export type { CheckContext, SemanticCheck } from "./checks/semantic-check";
export { CATALOG_DIAGNOSTIC_CODES, loadCatalog, type CatalogDiagnosticCode, type LoadCatalogResult } from "./catalog/index";
