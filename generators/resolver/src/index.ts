// Public entry of @fieldpolicy/generator-resolver: the self-contained resolver module per policy.

export { generateResolver } from "./generate-resolver";
