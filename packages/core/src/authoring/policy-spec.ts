// The types a policy author writes. `definePolicy` infers the declared systems, queues, objects and
// each field's canonical values from the policy literal, so the editor rejects a system of record
// that is not declared, a review queue that does not exist and a picklist value outside the field's
// canonical values, at the line of the mistake.
//
// These types describe what an author may write; the IR types generated from
// schemas/policy.schema.json describe what the compiler produces after filling in defaults.

import type {
  FieldCategory,
  LockDirection,
  MergeRule,
  ReviewCondition,
  SystemKind,
  Weekday,
} from "../ir/policy-ir.generated";
import type { RuleSpec } from "./rule-spec";
import type { ValueTypeSpec } from "./value-type-spec";

/** A participant that writes fields: the CRM, the marketing-automation platform (MAP), an enrichment vendor. */
export interface SystemSpec {
  /**
   * The platform behind the system.
   * @example "salesforce"
   */
  kind: SystemKind;
  /**
   * Name shown in messages and in the SLA document.
   * @example "Salesforce"
   */
  label: string;
  /**
   * Username of the integration user through which this system writes to Salesforce. The
   * Salesforce project grants it a permission set that lets it write exactly the fields the policy
   * allows. Omit it for the Salesforce system itself and for systems that never write to Salesforce.
   * @default undefined (no integration user)
   * @example "hubspot.integration@example.com"
   */
  integrationUser?: string;
}

/** The working calendar in which a queue's response time is counted. */
export interface CalendarSpec {
  /**
   * IANA time zone in which business days start and end.
   * @example "America/New_York"
   */
  timeZone: string;
  /**
   * Days on which the queue works.
   * @default ["mon", "tue", "wed", "thu", "fri"]
   * @example ["mon", "tue", "wed", "thu", "fri"]
   */
  workingDays?: readonly Weekday[];
  /**
   * Dates (YYYY-MM-DD, in the calendar's time zone) on which the queue does not work.
   * @default []
   * @example ["2026-12-25", "2027-01-01"]
   */
  holidays?: readonly string[];
}

/** A named review queue in which decisions wait for a person. */
export interface QueueSpec {
  /**
   * Name shown in the SLA document.
   * @default the queue key
   * @example "RevOps exceptions"
   */
  label?: string;
  /**
   * The person or team answerable for the queue, with a way to reach them.
   * @example "Dana Reyes <dana.reyes@example.com>"
   */
  owner: string;
  /**
   * Time within which an exception must be answered, in business days of the queue's calendar.
   * @example { businessDays: 1 }
   */
  responseTime: { businessDays: number };
  /**
   * Calendar that defines business days for this queue.
   * @example { timeZone: "America/New_York", holidays: ["2026-12-25"] }
   */
  calendar: CalendarSpec;
}

/** One record type that the policy governs, bound to its name in each system. */
export interface ObjectSpec<S extends string> {
  /**
   * Name shown in messages and documents.
   * @example "Lead"
   */
  label: string;
  /**
   * The object's API name in each system that syncs it. A system left out does not sync this object.
   * @example { crm: "Lead", map: "contact" }
   */
  bindings: { readonly [K in S]?: string };
}

/**
 * A property binding: the property's API name, or an object when the policy itself creates the
 * property (a Salesforce custom field, a HubSpot custom property).
 * @example "hs_lead_status"
 * @example { property: "Lifecycle_Stage__c", create: true }
 */
export type BindingSpec =
  | string
  | {
      /** The property's API name in the system. */
      property: string;
      /**
       * True when the property does not exist yet and the generated outputs create it (Salesforce
       * custom field metadata, a step in the HubSpot checklist). A catalog check then does not
       * require it to exist.
       * @default false
       */
      create?: boolean;
    };

/** A condition that sends the field's decisions to a review queue. */
export interface ReviewTriggerSpec<Q extends string> {
  /**
   * When the decision goes to review.
   * @example "override"
   */
  when: ReviewCondition;
  /**
   * The queue that receives the exception; a key of the policy's `queues`.
   * @example "revops"
   */
  queue: Q;
}

/** An explicit exemption from one compiler check, with the reason a reviewer can judge. */
export interface WaiverSpec {
  /**
   * The diagnostic code that the waiver lifts for this field.
   * @example "FP3102"
   */
  code: string;
  /**
   * Why the check does not apply. It is printed in the SLA document.
   * @example "Opt-outs must never wait for a person."
   */
  reason: string;
}

/** One logical field of the policy. */
export interface FieldSpec<S extends string, Q extends string, O extends string, V> {
  /**
   * The policy object the field belongs to; a key of the policy's `objects`.
   * @example "lead"
   */
  object: O;
  /**
   * Name shown in messages and in the SLA document.
   * @example "Lead Status"
   */
  label: string;
  /**
   * A sentence on what the field means for the business.
   * @default ""
   */
  description?: string;
  /**
   * Risk tier: 1 critical (routing, compliance, attribution), 2 important, 3 low.
   * @example 1
   */
  tier: 1 | 2 | 3;
  /**
   * What the field is about. Consent fields must resolve with `optOutWins`.
   * @default "other"
   * @example "status"
   */
  category?: FieldCategory;
  /**
   * The one system whose value is authoritative; a key of the policy's `systems`.
   * @example "crm"
   */
  systemOfRecord: NoInfer<S>;
  /**
   * The property the field binds to in each system that syncs it. A system left out neither
   * sends nor receives the field.
   * @example { crm: "Status", map: "hs_lead_status" }
   */
  bindings: { readonly [K in NoInfer<S>]?: BindingSpec };
  /**
   * The field's value type. Picklists declare canonical values and a value map per system.
   * @example { kind: "text" }
   */
  type: ValueTypeSpec<S, V>;
  /**
   * How conflicts resolve automatically, built from rule parts.
   * @example { ownerWins: {} }
   */
  rule: RuleSpec<NoInfer<S>, NoInfer<V>>;
  /**
   * Conditions under which a decision goes to a person, and the queue that receives it.
   * @default []
   * @example [{ when: "override", queue: "revops" }]
   */
  review?: readonly ReviewTriggerSpec<NoInfer<Q>>[];
  /**
   * Maximum minutes between a change in one system and its arrival in the others.
   * @default 60 for tier 1, 240 for tier 2, 1440 for tier 3
   * @example 15
   */
  syncIntervalMinutes?: number;
  /**
   * Which way the value is pushed between systems.
   * @default "fromSystemOfRecord" for tier 1, "twoWay" otherwise
   */
  lockDirection?: LockDirection;
  /**
   * How long every change to the field stays in the audit trail, and whether Salesforce field
   * history tracks it.
   * @default { retentionDays: 90, trackHistory: true } for tier 1, { retentionDays: 30, trackHistory: false } otherwise
   * @example { retentionDays: 90, trackHistory: true }
   */
  audit?: { retentionDays?: number; trackHistory?: boolean };
  /**
   * How the value survives a merge of duplicate records. Required for every synced field when
   * the policy's `merges.governed` is true.
   * @default undefined (no merge rule)
   * @example "primary"
   */
  merge?: MergeRule;
  /**
   * Values that count as blank for this field besides null and the empty string, in addition to
   * the policy's `blanks`.
   * @default []
   * @example ["Unknown", "[[unknown]]"]
   */
  blanks?: readonly string[];
  /**
   * Exemptions from compiler checks, each with its reason.
   * @default []
   */
  waive?: readonly WaiverSpec[];
}

/** Policy-wide handling of duplicate merges. */
export interface MergeSpec {
  /**
   * True when the policy governs merges of duplicates; every synced field then needs a merge rule.
   * @default false
   */
  governed: boolean;
}

/**
 * A whole policy as the author writes it. `F` maps each field key to the field's canonical
 * picklist values, inferred from `type.values`.
 */
export interface PolicySpec<S extends string, Q extends string, O extends string, F extends Record<string, unknown>> {
  /**
   * Short identifier used in file names and generated metadata. Letters, digits and hyphens.
   * @example "lead"
   */
  name: string;
  /**
   * Title of the policy in the SLA document.
   * @example "Lead and opportunity field ownership"
   */
  label: string;
  /**
   * What the policy governs and for whom.
   * @default ""
   */
  description?: string;
  /**
   * The systems that write the governed fields, keyed by the name rules refer to.
   * @example { crm: { kind: "salesforce", label: "Salesforce" } }
   */
  systems: { readonly [K in S]: SystemSpec };
  /**
   * The record types the policy governs, bound to their names in each system.
   * @example { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } }
   */
  objects: { readonly [K in O]: ObjectSpec<NoInfer<S>> };
  /**
   * Review queues for decisions that need a person.
   * @default {}
   */
  queues?: { readonly [K in Q]: QueueSpec };
  /**
   * Values that count as blank in every field besides null and the empty string.
   * @default []
   * @example ["Unknown", "[[unknown]]"]
   */
  blanks?: readonly string[];
  /**
   * Handling of duplicate merges.
   * @default { governed: false }
   */
  merges?: MergeSpec;
  /** The governed fields, keyed by the name decisions and documents use. */
  fields: { readonly [K in keyof F]: FieldSpec<NoInfer<S>, NoInfer<Q>, NoInfer<O>, F[K]> };
}
