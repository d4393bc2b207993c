// The common conflicts the playbook works through, each built on a field of the policy whose rule
// has the part the conflict is about. The conflicts are plain resolver input, so the same lines
// can be fed to `fieldpolicy resolve` and give the same decisions as the document shows.

import type { ConflictInput, Field, PolicyIR, RulePartName } from "@fieldpolicy/core";
import type { MergeInput } from "@fieldpolicy/runtime";
import { buildChange, selectActor } from "./build-example-change";
import { buildSampleValues } from "./build-sample-values";
import { selectField, selectWritingOtherSystem } from "./select-example-field";

/** The fixed clock of every worked example, so the document never depends on when it was built. */
export const PLAYBOOK_NOW = "2027-03-10T15:00:00.000Z";

/** The conflicts the playbook covers, in the order it shows them. */
export type ScenarioKind =
  | "simultaneousUpdate"
  | "staleEnrichmentOverwrite"
  | "optOutPropagation"
  | "stageRegression"
  | "duplicateMerge"
  | "statusReset";

/** A worked example that feeds a conflict to the resolver. */
export interface ConflictScenario {
  kind: Exclude<ScenarioKind, "duplicateMerge">;
  title: string;
  fieldKey: string;
  /** The rule part that made the field the example's choice. */
  part: RulePartName;
  /** One sentence on what happens, in the field's own terms. */
  story: string;
  conflict: ConflictInput;
}

/** Duplicate records of one person that merge into one. */
export interface MergeScenario {
  kind: "duplicateMerge";
  title: string;
  fieldKey: string;
  story: string;
  /** The runtime's merge input: the duplicates, each holding only the example's field. */
  merge: MergeInput;
}

/** A scenario the policy has no field for, with the reason. */
export interface SkippedScenario {
  kind: ScenarioKind;
  title: string;
  skipped: string;
}

/** One entry of the playbook. */
export type PlaybookScenario = ConflictScenario | MergeScenario | SkippedScenario;

const TITLES: Readonly<Record<ScenarioKind, string>> = {
  simultaneousUpdate: "Simultaneous update",
  staleEnrichmentOverwrite: "Stale enrichment overwrite",
  optOutPropagation: "Opt-out propagation",
  stageRegression: "Stage regression",
  duplicateMerge: "Duplicate merge",
  statusReset: "Status reset on a lead a rep is working",
};

/** Returns the time `hours` before PLAYBOOK_NOW, as ISO 8601 in UTC. */
function hoursBeforeNow(hours: number): string {
  return new Date(Date.parse(PLAYBOOK_NOW) - hours * 3_600_000).toISOString();
}

const BASE_AT = hoursBeforeNow(9 * 24 + 6);

/** Builds a skipped scenario for a policy that has no field with the rule part. */
function skip(kind: ScenarioKind, part: string): SkippedScenario {
  return skipBecause(kind, `No field of this policy has a ${part} rule`);
}

function skipBecause(kind: ScenarioKind, reason: string): SkippedScenario {
  return { kind, title: TITLES[kind], skipped: `${reason}, so there is no example of this conflict.` };
}

function buildSimultaneousUpdate(ir: PolicyIR): PlaybookScenario {
  const kind = "simultaneousUpdate";
  const fieldKey =
    selectField(ir, (field) => field.rule.lastWriteWins !== undefined) ??
    selectField(ir, (field) => field.rule.ownerWins !== undefined && field.rule.optOutWins === undefined) ??
    selectField(ir, (field) => field.rule.sourcePriority !== undefined);
  if (fieldKey === null) {
    return skip(kind, "last write wins, owner wins or source priority");
  }

  const field = ir.fields[fieldKey]!;
  const other = selectWritingOtherSystem(field);
  if (other === null) {
    return skipBecause(kind, `No system but ${ir.systems[field.systemOfRecord]!.label} may write ${field.label}`);
  }
  const part: RulePartName = field.rule.lastWriteWins
    ? "lastWriteWins"
    : field.rule.ownerWins
      ? "ownerWins"
      : "sourcePriority";
  const [base, ownerValue, otherValue] = buildSampleValues(field);
  const at = hoursBeforeNow(2);
  // One second apart: within any skew tolerance but one of zero, so last write wins meets a tie.
  const skewSeconds = Math.min(1, field.rule.lastWriteWins?.skewToleranceSeconds ?? 1);
  const otherAt = new Date(Date.parse(at) + skewSeconds * 1000).toISOString();
  const apart = skewSeconds === 0 ? "at the same moment" : "one second apart";

  return {
    kind,
    title: TITLES[kind],
    fieldKey,
    part,
    story: `${ir.systems[field.systemOfRecord]!.label} and ${ir.systems[other]!.label} change ${field.label} ${apart}.`,
    conflict: {
      record: `${field.object}-1001`,
      field: fieldKey,
      base: { value: base, at: BASE_AT },
      changes: [
        buildChange(ir, field, {
          system: field.systemOfRecord,
          value: ownerValue,
          at,
          actor: selectActor(ir, field.systemOfRecord),
        }),
        buildChange(ir, field, {
          system: other,
          value: otherValue ?? base,
          at: otherAt,
          actor: selectActor(ir, other),
        }),
      ],
    },
  };
}

function buildStaleEnrichmentOverwrite(ir: PolicyIR): PlaybookScenario {
  const kind = "staleEnrichmentOverwrite";
  const fieldKey = selectField(ir, (field) => field.rule.fillBlankOrStale !== undefined);
  if (fieldKey === null) {
    return skip(kind, "fill blank or stale");
  }

  const field = ir.fields[fieldKey]!;
  const fill = field.rule.fillBlankOrStale!;
  const rep =
    Object.keys(field.bindings)
      .sort()
      .find((system) => system !== fill.source && ir.systems[system]?.kind === "salesforce") ??
    Object.keys(field.bindings)
      .sort()
      .find((system) => system !== fill.source);
  if (rep === undefined) {
    return skipBecause(kind, `No system besides the fill source writes ${field.label}`);
  }
  const [base, repValue, sourceValue] = buildSampleValues(field);
  // The rep's correction is a few days old, well inside the maximum age; the source's value
  // comes from an older crawl but arrives later.
  const repAt = hoursBeforeNow(3 * 24);

  return {
    kind,
    title: TITLES[kind],
    fieldKey,
    part: "fillBlankOrStale",
    story: `A rep corrects ${field.label} in ${ir.systems[rep]!.label}; three days later ${ir.systems[fill.source]!.label} sends its older value.`,
    conflict: {
      record: `${field.object}-1002`,
      field: fieldKey,
      base: { value: base, at: BASE_AT },
      changes: [
        buildChange(ir, field, { system: rep, value: repValue, at: repAt, actor: selectActor(ir, rep) }),
        buildChange(ir, field, {
          system: fill.source,
          value: sourceValue ?? base,
          at: hoursBeforeNow(1),
          actor: selectActor(ir, fill.source),
          context: { fieldChangedAt: repAt },
        }),
      ],
    },
  };
}

function buildOptOutPropagation(ir: PolicyIR): PlaybookScenario {
  const kind = "optOutPropagation";
  const fieldKey = selectField(ir, (field) => field.rule.optOutWins !== undefined && field.type.kind === "boolean");
  if (fieldKey === null) {
    return skip(kind, "opt-out wins");
  }

  const field = ir.fields[fieldKey]!;
  const other = selectWritingOtherSystem(field);
  if (other === null) {
    return skipBecause(kind, `No system but ${ir.systems[field.systemOfRecord]!.label} may write ${field.label}`);
  }
  // true is "opted out" for the email opt-out flags the platforms use (HasOptedOutOfEmail,
  // hs_email_optout, unsubscribed). The later opt-in comes without consent evidence.

  return {
    kind,
    title: TITLES[kind],
    fieldKey,
    part: "optOutWins",
    story: `A new person with no consent value yet opts out through ${ir.systems[other]!.label}; ten minutes later a form sync in ${ir.systems[field.systemOfRecord]!.label} sends an opt-in.`,
    conflict: {
      record: `${field.object}-1003`,
      field: fieldKey,
      // A blank base makes the later opt-in a real change: an opt-in equal to the base would be no conflict.
      base: { value: null, at: BASE_AT },
      changes: [
        buildChange(ir, field, { system: other, value: true, at: hoursBeforeNow(4), actor: selectActor(ir, other) }),
        buildChange(ir, field, {
          system: field.systemOfRecord,
          value: false,
          at: new Date(Date.parse(hoursBeforeNow(4)) + 600_000).toISOString(),
          actor: selectActor(ir, field.systemOfRecord),
        }),
      ],
    },
  };
}

function buildStageRegression(ir: PolicyIR): PlaybookScenario {
  const kind = "stageRegression";
  const fieldKey = selectField(ir, (field) => (field.rule.noRegression?.order.length ?? 0) >= 3);
  if (fieldKey === null) {
    return skip(kind, "no regression");
  }

  const field = ir.fields[fieldKey]!;
  const order = field.rule.noRegression!.order;
  const system = selectWritingOtherSystem(field) ?? field.systemOfRecord;
  // From the fourth value (or the last) back to the second: a move no demotion names.
  const from = order[Math.min(3, order.length - 1)]!;
  const to = order[1]!;

  return {
    kind,
    title: TITLES[kind],
    fieldKey,
    part: "noRegression",
    story: `${ir.systems[system]!.label} moves ${field.label} back from ${from} to ${to}.`,
    conflict: {
      record: `${field.object}-1004`,
      field: fieldKey,
      base: { value: from, at: BASE_AT },
      changes: [buildChange(ir, field, { system, value: to, at: hoursBeforeNow(3), actor: selectActor(ir, system) })],
    },
  };
}

function buildStatusReset(ir: PolicyIR): PlaybookScenario {
  const kind = "statusReset";
  const fieldKey = selectField(ir, (field) => field.rule.recentActivityLock !== undefined);
  if (fieldKey === null) {
    return skip(kind, "recent activity lock");
  }

  const field = ir.fields[fieldKey]!;
  const lock = field.rule.recentActivityLock!;
  const system = lock.systems[0];
  if (system === undefined) {
    return skipBecause(kind, `The recent activity lock of ${field.label} names no system`);
  }
  const values: readonly unknown[] = field.type.kind === "picklist" ? field.type.values : buildSampleValues(field);
  const limited = field.rule.limitedValues?.[system] ?? [];
  const protectedValues: readonly unknown[] = field.rule.protectedValues ?? [];
  // The rep's working value is one the locked system could not set anyway. The reset proposes a
  // value that system may set, so the activity lock decides and not the limited values.
  const working =
    values.find((value, index) => index > 0 && !limited.includes(String(value)) && !protectedValues.includes(value)) ??
    values[0];
  const reset = limited.find((value) => value !== working) ?? values.find((value) => value !== working);
  const activityAt = hoursBeforeNow(2 * 24);

  return {
    kind,
    title: TITLES[kind],
    fieldKey,
    part: "recentActivityLock",
    story: `A rep logged activity in ${ir.systems[field.systemOfRecord]!.label} two days ago; now ${ir.systems[system]!.label} changes ${field.label}.`,
    conflict: {
      record: `${field.object}-1006`,
      field: fieldKey,
      base: { value: working, at: BASE_AT },
      changes: [
        buildChange(ir, field, {
          system,
          value: reset,
          at: hoursBeforeNow(1),
          actor: selectActor(ir, system),
          context: { lastActivityAt: activityAt },
        }),
      ],
    },
  };
}

// Merge rules in the order that makes the best example: the ones that differ most from simply
// keeping the primary record.
const MERGE_PREFERENCE = ["earliest", "mostRestrictive", "union", "latest", "primary"] as const;

function buildDuplicateMerge(ir: PolicyIR): PlaybookScenario {
  const kind = "duplicateMerge";
  if (!ir.merges.governed) {
    return skipBecause(kind, "The policy does not govern merges of duplicates");
  }
  const fieldKey =
    MERGE_PREFERENCE.map((rule) => selectField(ir, (field) => field.merge === rule)).find((key) => key !== null) ??
    null;
  if (fieldKey === null) {
    return skip(kind, "merge");
  }

  const field = ir.fields[fieldKey]!;
  const [first, second] = buildSampleValues(field);
  // The runtime keeps the record linked to the CRM, so the example's survivor is the later
  // Salesforce lead and the earlier record is one the MAP created from a form.
  const formAt = hoursBeforeNow(60 * 24);
  const leadAt = hoursBeforeNow(5 * 24);

  return {
    kind,
    title: TITLES[kind],
    fieldKey,
    story: `A form fill created the person in the marketing system; weeks later a rep created the same person in the CRM, with another ${field.label}. The two records merge.`,
    merge: {
      records: [
        {
          id: `${field.object}-0999`,
          crmId: null,
          createdAt: formAt,
          fields: { [fieldKey]: { value: first, at: formAt } },
        },
        {
          id: `${field.object}-1005`,
          crmId: "00Q5f000004ZkQmEAK",
          createdAt: leadAt,
          fields: { [fieldKey]: { value: second, at: leadAt } },
        },
      ],
    },
  };
}

/** Builds the playbook's scenarios for a policy, in the order the document shows them. */
export function buildPlaybookScenarios(ir: PolicyIR): PlaybookScenario[] {
  return [
    buildSimultaneousUpdate(ir),
    buildStaleEnrichmentOverwrite(ir),
    buildOptOutPropagation(ir),
    buildStageRegression(ir),
    buildDuplicateMerge(ir),
    buildStatusReset(ir),
  ];
}

/** Lists the playbook's conflicts, so that a test can feed the same input to `fieldpolicy resolve`. */
export function listPlaybookConflicts(ir: PolicyIR): ConflictInput[] {
  return buildPlaybookScenarios(ir).flatMap((scenario) => ("conflict" in scenario ? [scenario.conflict] : []));
}
