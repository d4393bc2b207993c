// Public entry of @fieldpolicy/review: the tools a pull-request reviewer and a policy author use.

export { diffPolicies } from "./diff/diff-policies";
export { countBySeverity, renderDiff, type DiffFormat } from "./diff/render-diff";
export { reachesSeverity, SEVERITY_ORDER, type ChangeSeverity, type PolicyChange } from "./diff/policy-change";
export { selectWriters } from "./diff/select-writers";
export { compareExpectation, runScenarios, type DecideConflict, type LoadedScenario } from "./scenarios/run-scenarios";
export { measureRuleCoverage } from "./scenarios/measure-rule-coverage";
export { renderScenarioJunit, renderScenarioText } from "./scenarios/render-scenario-report";
export type * from "./scenarios/scenario-result";
export { DiffInputError, loadDiffSide, type DiffSide } from "./diff/load-diff-side";
export {
  loadScenarioFile,
  SCENARIO_FIELD_CODE,
  SCENARIO_SHAPE_CODE,
  type LoadedScenarioFile,
} from "./scenarios/load-scenario-file";
export { findScenarioFiles, ScenarioInputError, SCENARIO_FILE_SUFFIX } from "./scenarios/find-scenario-files";
export {
  explainConflict,
  type ConflictExplanation,
  type ExplainOptions,
  type RulePartStep,
} from "./explain/explain-conflict";
export { renderExplanation } from "./explain/render-explanation";
