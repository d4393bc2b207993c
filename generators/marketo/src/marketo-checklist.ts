// The shape of the Marketo checklist in its JSON form: Block Field Updates per Marketo field and
// source, and the places where Marketo's collision rule contradicts the policy.

import type { EnforcementLayer, RulePartName } from "@fieldpolicy/core";
import type { BlockSource } from "./block-sources";
import type { DocumentationSource } from "./documentation-sources";

/** The Block Field Updates setting of one Marketo field. */
export interface FieldBlock {
  /** The Marketo field's REST API name. */
  marketoField: string;
  /** Policy field keys bound to this Marketo field, sorted. */
  policyFields: string[];
  /** One entry per input source, in the checklist's source order. */
  sources: { source: BlockSource; label: string; block: boolean }[];
  /** One sentence, derived from the policy, on why these sources are blocked or not. */
  reason: string;
}

/** One rule part that Marketo's collision rule contradicts. */
export interface CollisionConflict {
  field: string;
  label: string;
  /** The Salesforce object the field binds to: the collision rule depends on it. */
  salesforceObject: string;
  /** The system whose value Marketo keeps when both change within one sync cycle. */
  collisionWinner: string;
  part: RulePartName;
  /** What the policy decides in that case, in one sentence. */
  policyDecision: string;
  /** The layers of the enforcement plan that enforce the part, and so the policy, there. */
  layers: EnforcementLayer[];
}

/** Identifier of the schema every JSON checklist points at with `$schema`. */
export const MARKETO_CHECKLIST_SCHEMA_ID = "https://fieldpolicy.dev/schemas/marketo-checklist.schema.json";

/** The whole checklist of one policy. */
export interface MarketoChecklist {
  $schema: typeof MARKETO_CHECKLIST_SCHEMA_ID;
  generatedBy: string;
  checklistVersion: 1;
  policy: { name: string; label: string; file: string; sha256: string };
  marketoSystem: string;
  salesforceSystem: string;
  /** Salesforce username of Marketo's sync user, or null when the policy names none. */
  integrationUser: string | null;
  documentation: DocumentationSource[];
  /** Sorted by Marketo field. */
  blocks: FieldBlock[];
  /** Sorted by field key, then by rule-part precedence. */
  collisions: CollisionConflict[];
}
