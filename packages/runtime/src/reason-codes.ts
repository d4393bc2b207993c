// The closed list of reason codes that decisions, rejections and audit entries carry. Each code is
// stable: consumers filter audit logs and dashboards by it. docs/reason-codes.md lists the same
// codes, and a test keeps the two in step.

/** Every reason code with a one-line description. */
export const REASON_CODES = {
  // Changes that were adopted or needed no action.
  adopted: "The change's value became the field's value.",
  agrees: "The change proposed the value that was decided anyway.",
  unchanged: "The change proposed the value the systems already agreed on, so it is no conflict.",
  echo: "The change is the echo of a write the resolver itself issued, so it is no conflict.",
  firstWrite: "The change was the first non-blank value by event time, so it locked the field.",
  optOut: "The change opted the person out, and the most restrictive consent value wins at once.",
  optInWithEvidence: "The system of record returned the person to opted-in with consent evidence.",
  filledBlank: "The fill source set a field that was blank or held a placeholder.",
  filledStale: "The fill source replaced a value older than the field's maximum age.",
  permittedValue:
    "A system other than the system of record may make this change: a listed limited value or a forward move.",
  systemOfRecord: "The change came from the field's system of record, whose value stands.",
  filledSystemOfRecordBlank: "The system of record's value was blank and the policy lets others fill blanks.",
  newestWrite: "The change was the newest by event time, after skew tolerance and tie-break order.",
  highestPriority: "The change came from the first system in the source priority order with a value.",

  // Changes that were rejected or queued.
  superseded: "A later change from the same system replaced this one.",
  readOnlySystem: "The system may never write this field.",
  overriddenBySystemOfRecord: "Only the system of record may set this field, and its value stands.",
  regression: "The change moved the value backward in the field's declared order.",
  limitedValue: "The system may set only a listed set of values, and this value is not among them.",
  protectedValue: "The field holds a protected value that only the system of record may overwrite.",
  lockedAfterFirstWrite: "The field already had its first value, which is final.",
  recentActivity: "The system of record had activity on the record within the lock window.",
  optOutWins: "Another change opted the person out, and the most restrictive consent value wins.",
  optInWithoutEvidence: "A return to opted-in came without consent evidence.",
  optInOutsideSystemOfRecord: "A return to opted-in came from a system other than the consent system of record.",
  bulkFlip: "The actor or job returned too many people to opted-in within the bulk window, so it is not trusted.",
  blankFill: "The fill source sent a blank, and a fill never clears a value.",
  notStale: "The fill source may not replace a current value that is neither blank nor stale.",
  verifiedLock: "A person verified the current value recently, so the fill source may not replace it.",
  categoryChange: "The fill would move the value to another category, which needs a person.",
  olderWrite: "A newer change by event time won.",
  lowerPriority: "A system earlier in the source priority order had a value.",
  unmappedValue: "The native value maps to no canonical value of the field.",
  notAllowedInTarget: "The value has no encoding in another system the field is bound to.",
  invalidValue: "The value does not fit the field's type.",
  tooLong: "The text is longer than the field's maximum length.",
  invalidTime: "The change's event time is not a valid timestamp.",
  olderThanBase: "The change is older than the base's time, so the agreed base already covers it.",
  unmappedUser: "The user cannot be mapped to an active user of every system the field is bound to.",
  ambiguousBlank: "The change is blank and there is no base, so a clear cannot be told apart from never set.",
  unboundSystem: "The field is not bound in the system that sent the change.",
} as const;

/** A reason code from the closed list. */
export type ReasonCode = keyof typeof REASON_CODES;

/** True when the string is one of the reason codes. */
export function isReasonCode(code: string): code is ReasonCode {
  return Object.hasOwn(REASON_CODES, code);
}
