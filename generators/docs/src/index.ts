// Public entry of @fieldpolicy/generator-docs: the governance SLA document for the wiki.

export { buildSlaDocumentPath, generateSlaDocument } from "./generate-sla-document";
export { renderSlaDocument } from "./render-sla-document";
export {
  buildPlaybookScenarios,
  listPlaybookConflicts,
  PLAYBOOK_NOW,
  type ConflictScenario,
  type MergeScenario,
  type PlaybookScenario,
  type ScenarioKind,
  type SkippedScenario,
} from "./build-playbook-scenarios";
