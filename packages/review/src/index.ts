// Public entry of @fieldpolicy/review: the tools a pull-request reviewer and a policy author use.

export { diffPolicies } from "./diff/diff-policies";
export { countBySeverity, renderDiff, type DiffFormat } from "./diff/render-diff";
export { reachesSeverity, SEVERITY_ORDER, type ChangeSeverity, type PolicyChange } from "./diff/policy-change";
export { selectWriters } from "./diff/select-writers";
