// Generated from schemas/policy.schema.json by `pnpm gen:types`; do not edit.
// Change the schema and regenerate instead: a test fails when this file is stale.

/**
 * The platform behind a system.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "SystemKind".
 */
export type SystemKind = "salesforce" | "hubspot" | "marketo" | "enrichment" | "custom";
/**
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Weekday".
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/**
 * Risk tier: 1 critical, 2 important, 3 low.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Tier".
 */
export type Tier = 1 | 2 | 3;
/**
 * What the field is about; consent fields must resolve with optOutWins.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "FieldCategory".
 */
export type FieldCategory =
  "ownership" | "lifecycle" | "status" | "consent" | "attribution" | "scoring" | "profile" | "other";
/**
 * Name of a system declared in `systems`.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "SystemName".
 */
export type SystemName = string;
/**
 * A field's value type.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "ValueType".
 */
export type ValueType =
  TextType | PicklistType | MultiPicklistType | BooleanType | UserReferenceType | DateType | DateTimeType | NumberType;
/**
 * When a decision goes to a review queue.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "ReviewCondition".
 */
export type ReviewCondition =
  | "override"
  | "regression"
  | "protectedValue"
  | "lockedWrite"
  | "categoryChange"
  | "optInWithoutEvidence"
  | "limitedValue"
  | "recentActivity"
  | "unmappedUser"
  | "always";
/**
 * Which way the value is pushed between systems.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "LockDirection".
 */
export type LockDirection = "fromSystemOfRecord" | "twoWay";
/**
 * How the value survives a merge of duplicate records.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "MergeRule".
 */
export type MergeRule = "primary" | "mostRestrictive" | "earliest" | "latest" | "union";

/**
 * The intermediate representation (IR) of one fieldpolicy policy: every default filled in, keys sorted.
 */
export interface PolicyIR {
  /**
   * Version of this IR format.
   */
  irVersion: 1;
  /**
   * Short identifier used in file names and metadata.
   */
  name: string;
  label: string;
  description: string;
  source: PolicySource;
  systems: {
    [k: string]: System;
  };
  objects: {
    [k: string]: PolicyObject;
  };
  queues: {
    [k: string]: Queue;
  };
  /**
   * Placeholder values that count as blank in every field.
   */
  blanks: string[];
  merges: Merges;
  fields: {
    [k: string]: Field;
  };
}
export interface PolicySource {
  /**
   * Policy file path relative to the working directory, with forward slashes.
   */
  file: string;
  /**
   * SHA-256 of the policy file and the files it imports.
   */
  sha256: string;
}
/**
 * A participant that writes fields.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "System".
 */
export interface System {
  kind: SystemKind;
  /**
   * Name shown in messages and documents.
   */
  label: string;
  /**
   * Username of the integration user through which this system writes to Salesforce, or null.
   */
  integrationUser: string | null;
}
/**
 * A record type the policy governs.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "PolicyObject".
 */
export interface PolicyObject {
  label: string;
  /**
   * The object's API name per system that syncs it.
   */
  bindings: {
    [k: string]: string;
  };
}
/**
 * A review queue for decisions that need a person.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Queue".
 */
export interface Queue {
  label: string;
  /**
   * Person or team answerable for the queue.
   */
  owner: string;
  responseTime: ResponseTime;
  calendar: Calendar;
}
export interface ResponseTime {
  businessDays: number;
}
/**
 * Working calendar in which response times are counted.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Calendar".
 */
export interface Calendar {
  /**
   * IANA time zone.
   */
  timeZone: string;
  /**
   * @minItems 1
   */
  workingDays: [Weekday, ...Weekday[]];
  /**
   * Dates (YYYY-MM-DD) in the calendar's time zone.
   */
  holidays: string[];
}
export interface Merges {
  governed: boolean;
}
/**
 * One logical field of the policy.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Field".
 */
export interface Field {
  /**
   * Key of an object in `objects`.
   */
  object: string;
  label: string;
  description: string;
  tier: Tier;
  category: FieldCategory;
  systemOfRecord: SystemName;
  bindings: {
    [k: string]: Binding;
  };
  type: ValueType;
  rule: Rule;
  review: ReviewTrigger[];
  syncIntervalMinutes: number;
  lockDirection: LockDirection;
  audit: Audit;
  /**
   * How the value survives a merge of duplicates, or null when the policy sets no merge rule.
   */
  merge: MergeRule | null;
  /**
   * Placeholder values that count as blank for this field.
   */
  blanks: string[];
  waive: Waiver[];
}
/**
 * The property a field binds to in one system.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Binding".
 */
export interface Binding {
  /**
   * The property's API name in the system.
   */
  property: string;
  /**
   * True when the generated outputs create the property.
   */
  create: boolean;
}
export interface TextType {
  kind: "text";
  /**
   * Maximum length in characters, or null for no limit.
   */
  maxLength: number | null;
}
export interface PicklistType {
  kind: "picklist";
  /**
   * Canonical values.
   *
   * @minItems 1
   */
  values: [string, ...string[]];
  valueMaps: {
    [k: string]: ValueMap;
  };
}
/**
 * How one system encodes a picklist's canonical values.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "ValueMap".
 */
export interface ValueMap {
  /**
   * Native value to canonical value, both directions.
   */
  values: {
    [k: string]: string;
  };
  /**
   * Native value to canonical value, accepted but never written.
   */
  inboundOnly: {
    [k: string]: string;
  };
  /**
   * Native values the policy adds to the system's picklist.
   */
  addToPicklist: string[];
}
export interface MultiPicklistType {
  kind: "multiPicklist";
  /**
   * Canonical values.
   *
   * @minItems 1
   */
  values: [string, ...string[]];
  valueMaps: {
    [k: string]: ValueMap;
  };
}
export interface BooleanType {
  kind: "boolean";
}
export interface UserReferenceType {
  kind: "userReference";
}
export interface DateType {
  kind: "date";
}
export interface DateTimeType {
  kind: "datetime";
}
export interface NumberType {
  kind: "number";
  /**
   * Significant digits after the decimal point, or null for exact comparison.
   */
  scale: number | null;
}
/**
 * The rule parts a field's conflicts resolve with; absent parts do not apply.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Rule".
 */
export interface Rule {
  ownerWins?: OwnerWins;
  noRegression?: NoRegression;
  /**
   * The only values each listed system may set.
   */
  limitedValues?: {
    [k: string]: string[];
  };
  /**
   * Values only the system of record may overwrite.
   *
   * @minItems 1
   */
  protectedValues?: [string, ...string[]];
  optOutWins?: OptOutWins;
  lockAfterFirstWrite?: LockAfterFirstWrite;
  fillBlankOrStale?: FillBlankOrStale;
  recentActivityLock?: RecentActivityLock;
  /**
   * Systems that may never write the field.
   *
   * @minItems 1
   */
  readOnlyFor?: [SystemName, ...SystemName[]];
  lastWriteWins?: LastWriteWins;
  sourcePriority?: SourcePriority;
}
/**
 * The system of record's value stands.
 */
export interface OwnerWins {
  fillBlanks: boolean;
}
/**
 * Values follow a declared order.
 */
export interface NoRegression {
  /**
   * Canonical values from earliest to latest.
   *
   * @minItems 1
   */
  order: [string, ...string[]];
  demotions: Demotion[];
}
export interface Demotion {
  from: string;
  to: string;
}
/**
 * The most restrictive consent value wins at once.
 */
export interface OptOutWins {
  evidenceRequired: boolean;
  bulkFlipLimit: number;
  bulkWindowMinutes: number;
}
/**
 * The first non-blank value by event time is final.
 */
export interface LockAfterFirstWrite {
  /**
   * Systems allowed to correct the locked value.
   */
  correctableBy: SystemName[];
}
/**
 * A source fills blank, placeholder or stale values.
 */
export interface FillBlankOrStale {
  source: SystemName;
  maxAge: MaxAge;
  verifiedLockDays: number;
  categories: {
    [k: string]: string[];
  };
}
export interface MaxAge {
  days: number;
  changeTime: "field" | "record";
}
/**
 * No change by other systems during recent system-of-record activity.
 */
export interface RecentActivityLock {
  windowDays: number;
  /**
   * Systems the lock applies to.
   */
  systems: SystemName[];
}
/**
 * The newest change by event time wins.
 */
export interface LastWriteWins {
  skewToleranceSeconds: number;
  /**
   * Winning order for simultaneous changes.
   *
   * @minItems 1
   */
  tieBreak: [SystemName, ...SystemName[]];
}
/**
 * The first system in order with a non-blank value wins.
 */
export interface SourcePriority {
  /**
   * Systems in order of preference.
   *
   * @minItems 1
   */
  order: [SystemName, ...SystemName[]];
}
/**
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "ReviewTrigger".
 */
export interface ReviewTrigger {
  when: ReviewCondition;
  /**
   * Key of a queue in `queues`.
   */
  queue: string;
}
export interface Audit {
  retentionDays: number;
  trackHistory: boolean;
}
/**
 * An exemption from one compiler check, with its reason.
 *
 * This interface was referenced by `PolicyIR`'s JSON-Schema
 * via the `definition` "Waiver".
 */
export interface Waiver {
  code: string;
  reason: string;
}
