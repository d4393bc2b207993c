// Public entry of @fieldpolicy/core: the authoring API for policy files, the IR types generated
// from schemas/policy.schema.json, and the contracts the compiler, generators and runtime share.

export { definePolicy } from "./authoring/define-policy";
export { defineScenarios } from "./authoring/define-scenarios";
export type * from "./authoring/define-scenarios";
export type * from "./authoring/policy-spec";
export type * from "./authoring/rule-spec";
export type * from "./authoring/value-type-spec";

export type * from "./ir/policy-ir.generated";

export * from "./catalog";
export * from "./connector-exceptions";
export * from "./canonical-json";
export * from "./diagnostic";
export * from "./generated-file";
export * from "./tiers";
export type * from "./decision";
export * from "./enforcement-plan";
