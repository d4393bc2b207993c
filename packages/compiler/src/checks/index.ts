// Every semantic check of the compiler, in code order. The pipeline runs them on the schema-valid
// IR; checks that need a catalog run only when the user passed `--catalog`.

import { addToPicklistInValuesCheck } from "./add-to-picklist-in-values";
import { bindingSystemDeclaredCheck } from "./binding-system-declared";
import { catalogObjectPresentCheck } from "./catalog-object-present";
import { catalogPropertyExistsCheck } from "./catalog-property-exists";
import { consentOptOutWinsCheck } from "./consent-opt-out-wins";
import { consentSyncIntervalCheck } from "./consent-sync-interval";
import { createdPropertyExistsCheck } from "./created-property-exists";
import { demotionMovesBackwardCheck } from "./demotion-moves-backward";
import { duplicatePropertyBindingCheck } from "./duplicate-property-binding";
import { fieldObjectDeclaredCheck } from "./field-object-declared";
import { fillSourceIsSystemOfRecordCheck } from "./fill-source-is-system-of-record";
import { lockWithLastWriteWinsCheck } from "./lock-with-last-write-wins";
import { maxAgeChangeTimeCheck } from "./max-age-change-time";
import { mergeRuleFitsTypeCheck } from "./merge-rule-fits-type";
import { mergeRuleRequiredCheck } from "./merge-rule-required";
import { objectBoundInSystemCheck } from "./object-bound-in-system";
import { picklistValueExistsCheck } from "./picklist-value-exists";
import { platformValueMappedCheck } from "./platform-value-mapped";
import { propertyTypeCompatibleCheck } from "./property-type-compatible";
import { propertyWritableCheck } from "./property-writable";
import { queueOwnerAndResponseTimeCheck } from "./queue-owner-and-response-time";
import { readOnlySystemOfRecordCheck } from "./read-only-system-of-record";
import { regressionOrderCoversValuesCheck } from "./regression-order-covers-values";
import { reviewQueueDeclaredCheck } from "./review-queue-declared";
import { reviewTriggerReachableCheck } from "./review-trigger-reachable";
import { ruleLimitsSystemOfRecordCheck } from "./rule-limits-system-of-record";
import { ruleSystemBoundCheck } from "./rule-system-bound";
import { ruleSystemDeclaredCheck } from "./rule-system-declared";
import { ruleValuesCanonicalCheck } from "./rule-values-canonical";
import { salesforceHistoryLimitCheck } from "./salesforce-history-limit";
import type { SemanticCheck } from "./semantic-check";
import { systemOfRecordBoundCheck } from "./system-of-record-bound";
import { systemOfRecordDeclaredCheck } from "./system-of-record-declared";
import { textLengthFitsCheck } from "./text-length-fits";
import { tieBreakCoversWritersCheck } from "./tie-break-covers-writers";
import { tierAuditRetentionCheck } from "./tier-audit-retention";
import { tierLastWriteWinsCheck } from "./tier-last-write-wins";
import { tierReviewTriggerCheck } from "./tier-review-trigger";
import { tierSyncIntervalCheck } from "./tier-sync-interval";
import { valueMapCollisionCheck } from "./value-map-collision";
import { valueMapCoversValuesCheck } from "./value-map-covers-values";
import { valueMapOneNativePerValueCheck } from "./value-map-one-native-per-value";
import { valueMapTargetsCanonicalCheck } from "./value-map-targets-canonical";

export type { CheckContext, SemanticCheck } from "./semantic-check";

/** Every semantic check, in code order. */
export const SEMANTIC_CHECKS: SemanticCheck[] = [
  systemOfRecordDeclaredCheck,
  systemOfRecordBoundCheck,
  bindingSystemDeclaredCheck,
  fieldObjectDeclaredCheck,
  objectBoundInSystemCheck,
  duplicatePropertyBindingCheck,
  ruleSystemDeclaredCheck,
  ruleSystemBoundCheck,
  tierLastWriteWinsCheck,
  tierReviewTriggerCheck,
  tierAuditRetentionCheck,
  tierSyncIntervalCheck,
  regressionOrderCoversValuesCheck,
  demotionMovesBackwardCheck,
  valueMapTargetsCanonicalCheck,
  valueMapCoversValuesCheck,
  valueMapCollisionCheck,
  valueMapOneNativePerValueCheck,
  addToPicklistInValuesCheck,
  lockWithLastWriteWinsCheck,
  readOnlySystemOfRecordCheck,
  fillSourceIsSystemOfRecordCheck,
  ruleValuesCanonicalCheck,
  maxAgeChangeTimeCheck,
  tieBreakCoversWritersCheck,
  ruleLimitsSystemOfRecordCheck,
  reviewQueueDeclaredCheck,
  queueOwnerAndResponseTimeCheck,
  reviewTriggerReachableCheck,
  consentOptOutWinsCheck,
  consentSyncIntervalCheck,
  salesforceHistoryLimitCheck,
  mergeRuleRequiredCheck,
  mergeRuleFitsTypeCheck,
  catalogPropertyExistsCheck,
  createdPropertyExistsCheck,
  propertyTypeCompatibleCheck,
  picklistValueExistsCheck,
  platformValueMappedCheck,
  propertyWritableCheck,
  catalogObjectPresentCheck,
  textLengthFitsCheck,
];
