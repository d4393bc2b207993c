// Value types a field may declare. Picklists carry canonical values, the single vocabulary in
// which rules and decisions speak, and a value map per system that translates each system's
// native values to and from them.

/**
 * How one system encodes a picklist's canonical values.
 * @example { values: { "Open - Not Contacted": "New" }, addToPicklist: ["Contacted"] }
 */
export interface ValueMapSpec<V> {
  /**
   * Native value to canonical value, used in both directions. Each canonical value the system
   * may receive needs exactly one native value here.
   * @example { NEW: "New", IN_PROGRESS: "Working" }
   */
  values: { readonly [native: string]: V };
  /**
   * Native values the system may send that map to a canonical value but are never written back,
   * because another native value already stands for that canonical value.
   * @default {}
   * @example { OPEN: "New", BAD_TIMING: "Working" }
   */
  inboundOnly?: { readonly [native: string]: V };
  /**
   * Native values the policy adds to the system's picklist because the org does not have them yet.
   * Each must appear in `values`.
   * @default []
   * @example ["Contacted", "Engaged"]
   */
  addToPicklist?: readonly string[];
}

/** Free text. */
export interface TextTypeSpec {
  kind: "text";
  /**
   * Maximum length in characters; longer values are rejected for the system that sent them.
   * @default undefined (no limit)
   * @example 128
   */
  maxLength?: number;
}

/** One value out of a closed list of canonical values. */
export interface PicklistTypeSpec<S extends string, V> {
  kind: "picklist";
  /**
   * The canonical values, in the order documents list them.
   * @example ["New", "Working", "Qualified"]
   */
  values: readonly V[];
  /**
   * Value map per system, keyed by system name. A system without a map uses canonical values natively.
   * @default {}
   */
  valueMaps?: { readonly [K in S]?: ValueMapSpec<NoInfer<V>> };
}

/** A set of canonical values. Compared as sets, whatever the delimiter or order. */
export interface MultiPicklistTypeSpec<S extends string, V> {
  kind: "multiPicklist";
  /**
   * The canonical values.
   * @example ["Analytics", "Automation"]
   */
  values: readonly V[];
  /**
   * Value map per system, keyed by system name.
   * @default {}
   */
  valueMaps?: { readonly [K in S]?: ValueMapSpec<NoInfer<V>> };
}

/** True or false; every system's encoding ("true", 1, "Yes") normalizes to a boolean. */
export interface BooleanTypeSpec {
  kind: "boolean";
}

/** A reference to a user (record owner), mapped between systems through the user directory. */
export interface UserReferenceTypeSpec {
  kind: "userReference";
}

/** A calendar date (YYYY-MM-DD). */
export interface DateTypeSpec {
  kind: "date";
}

/** An instant in time. */
export interface DateTimeTypeSpec {
  kind: "datetime";
}

/** A number. */
export interface NumberTypeSpec {
  kind: "number";
  /**
   * Digits after the decimal point that are significant; values are compared after rounding.
   * @default undefined (exact comparison)
   * @example 0
   */
  scale?: number;
}

/** The value type of a field. */
export type ValueTypeSpec<S extends string, V> =
  | TextTypeSpec
  | PicklistTypeSpec<S, V>
  | MultiPicklistTypeSpec<S, V>
  | BooleanTypeSpec
  | UserReferenceTypeSpec
  | DateTypeSpec
  | DateTimeTypeSpec
  | NumberTypeSpec;
