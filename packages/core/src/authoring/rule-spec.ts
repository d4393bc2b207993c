// Rule parts as the author writes them. A field's rule is an object with one key per part it
// uses; the runtime applies the parts in a fixed precedence, so the order of keys does not matter.

/** Options of `ownerWins`. */
export interface OwnerWinsSpec {
  /**
   * Let other systems fill the field while the system of record's value is blank ("prefer unless blank").
   * @default false
   */
  fillBlanks?: boolean;
}

/** A move backward that the system of record may make in a `noRegression` order. */
export interface DemotionSpec<V> {
  /** The value the field moves from. */
  from: V;
  /** The earlier value the field moves to. */
  to: V;
}

/** Options of `noRegression`. */
export interface NoRegressionSpec<V> {
  /**
   * Every canonical value, from earliest to latest stage.
   * @example ["subscriber", "lead", "marketingqualifiedlead"]
   */
  order: readonly V[];
  /**
   * Backward moves the system of record may make; any other backward move is rejected.
   * @default []
   * @example [{ from: "salesqualifiedlead", to: "lead" }]
   */
  demotions?: readonly DemotionSpec<V>[];
}

/** Options of `optOutWins`. */
export interface OptOutWinsSpec {
  /**
   * Require consent evidence (a `consentEvidence` entry in the change's context) before a return
   * to opted-in is applied.
   * @default true
   */
  evidenceRequired?: boolean;
  /**
   * Number of opt-out flips by one actor within `bulkWindowMinutes` above which the actor's
   * flips are treated as a bulk job and not trusted.
   * @default 50
   */
  bulkFlipLimit?: number;
  /**
   * Window for `bulkFlipLimit`, in minutes.
   * @default 10
   */
  bulkWindowMinutes?: number;
}

/** Options of `lockAfterFirstWrite`. */
export interface LockAfterFirstWriteSpec<S extends string> {
  /**
   * Systems allowed to correct the locked value. Nobody else may overwrite the first value.
   * @default []
   */
  correctableBy?: readonly S[];
}

/** Options of `fillBlankOrStale`. */
export interface FillBlankOrStaleSpec<S extends string> {
  /**
   * The system whose values fill blank or stale fields, usually the enrichment vendor.
   * @example "enrichment"
   */
  source: S;
  /**
   * Age after which the current value is stale, measured from the field's own change time.
   * `changeTime: "record"` (the record's last modified time) is rejected by the compiler because
   * any edit to the record would reset the age.
   * @example { days: 90, changeTime: "field" }
   */
  maxAge: { days: number; changeTime: "field" | "record" };
  /**
   * Days during which a value a person marked as verified is locked against the source.
   * @default 0 (verified values are not locked)
   * @example 90
   */
  verifiedLockDays?: number;
  /**
   * Categories of values, each listing lower-case keywords; a fill that moves the field to another
   * category triggers a `categoryChange` review.
   * @default {}
   * @example { executive: ["chief", "vp", "president"], engineering: ["engineer", "developer"] }
   */
  categories?: { readonly [category: string]: readonly string[] };
}

/** Options of `recentActivityLock`. */
export interface RecentActivityLockSpec<S extends string> {
  /**
   * Days after the last activity in the system of record during which other systems may not change the field.
   * @example 14
   */
  windowDays: number;
  /**
   * Systems the lock applies to.
   * @default every system other than the system of record
   * @example ["map"]
   */
  systems?: readonly S[];
}

/** Options of `lastWriteWins`. */
export interface LastWriteWinsSpec<S extends string> {
  /**
   * Changes whose event times differ by at most this many seconds count as simultaneous.
   * @default 2
   */
  skewToleranceSeconds?: number;
  /**
   * Order in which systems win simultaneous changes, first wins.
   * @example ["crm", "map"]
   */
  tieBreak: readonly S[];
}

/** Options of `sourcePriority`. */
export interface SourcePrioritySpec<S extends string> {
  /**
   * Systems in order of preference; the first with a non-blank value wins.
   * @example ["crm", "enrichment", "map"]
   */
  order: readonly S[];
}

/**
 * A field's rule: the parts it is built from and their parameters.
 * @example { ownerWins: {}, limitedValues: { map: ["Contacted", "Engaged"] } }
 */
export interface RuleSpec<S extends string, V> {
  /** The system of record's value stands; other systems' changes are rejected and written back. */
  ownerWins?: OwnerWinsSpec;
  /** Values follow a declared order; a move backward by another system is rejected and reviewed. */
  noRegression?: NoRegressionSpec<V>;
  /**
   * The only values each listed system may set.
   * @example { map: ["Contacted", "Engaged"] }
   */
  limitedValues?: { readonly [K in S]?: readonly V[] };
  /**
   * Values that no system but the system of record may overwrite once the field holds them.
   * @example ["Disqualified"]
   */
  protectedValues?: readonly V[];
  /** Consent: the most restrictive value from any system wins at once. */
  optOutWins?: OptOutWinsSpec;
  /** The first non-blank value by event time is final. */
  lockAfterFirstWrite?: LockAfterFirstWriteSpec<S>;
  /** A source fills the field while it is blank, a placeholder or older than a maximum age. */
  fillBlankOrStale?: FillBlankOrStaleSpec<S>;
  /** Other systems may not change the field while the system of record had recent activity. */
  recentActivityLock?: RecentActivityLockSpec<S>;
  /**
   * Systems that may never write the field.
   * @example ["map"]
   */
  readOnlyFor?: readonly S[];
  /** The newest change by event time wins. Not allowed on tier 1 fields. */
  lastWriteWins?: LastWriteWinsSpec<S>;
  /** The first system in a declared order with a non-blank value wins. */
  sourcePriority?: SourcePrioritySpec<S>;
}
