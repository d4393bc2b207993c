// Public entry of @fieldpolicy/generator-marketo: the Block Field Updates checklist and the
// places where Marketo's collision rule contradicts the policy.

export { MARKETO_CHECKLIST_FILE, MARKETO_CHECKLIST_JSON_FILE, generateMarketo } from "./generate-marketo";
export { buildMarketoChecklist, type MarketoChecklistResult } from "./build-marketo-checklist";
export { BLOCK_SOURCES, type BlockSource, type BlockSourceInfo } from "./block-sources";
export { MARKETO_DIAGNOSTIC_CODES } from "./diagnostic-codes";
export { MARKETO_DOCUMENTATION, type DocumentationSource } from "./documentation-sources";
export * from "./marketo-checklist";
export { selectCollisionConflicts, type CollisionSystems } from "./select-collision-conflicts";
