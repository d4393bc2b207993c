// Survivorship when duplicate records merge. The survivor is chosen by identity, not recency: the
// record linked to the CRM, and among several linked records (or none) the earliest created. Each
// field's value then comes from its merge rule.

import type { MergeRule, PolicyIR } from "@fieldpolicy/core";
import { buildPlaceholderSet, isBlank } from "../normalize/blank";
import { splitMultiSelect, sortAsSet } from "../normalize/multi-select";
import { parseBoolean } from "../normalize/normalize-boolean";
import { parseInstant } from "../normalize/normalize-time";

/** One field of a duplicate: its canonical value and the field's own change time. */
export interface MergeFieldValue {
  value: unknown;
  at: string | number | null;
}

/** One of the duplicates being merged. */
export interface MergeRecord {
  id: string;
  /** The record's id in the CRM, or null when the record is not linked to the CRM. */
  crmId: string | null;
  createdAt: string | number;
  /** Canonical values keyed by the policy's field keys; a field left out is blank. */
  fields: Record<string, MergeFieldValue>;
}

/** The duplicates of one person. */
export interface MergeInput {
  records: MergeRecord[];
}

/** The surviving value of one field. */
export interface MergedField {
  value: unknown;
  /** The id of the record the value came from, or null when the value combines several (union, most restrictive). */
  from: string | null;
  rule: MergeRule;
}

/** The outcome of a merge. */
export interface MergeResult {
  survivor: string;
  /** The other records, which the merge retires. */
  merged: string[];
  fields: Record<string, MergedField>;
}

/**
 * Merges duplicates field by field. A field without a merge rule keeps the survivor's value, as
 * `primary` does. Throws when there are no records, because a merge of nothing has no survivor.
 */
export function resolveMerge(ir: PolicyIR, input: MergeInput): MergeResult {
  const ordered = orderBySurvivorship(input.records);
  const survivor = ordered[0];
  if (survivor === undefined) {
    throw new Error("A merge needs at least one record.");
  }

  const fields: Record<string, MergedField> = {};
  for (const [key, field] of Object.entries(ir.fields)) {
    const placeholders = buildPlaceholderSet(ir.blanks, field.blanks);
    const rule = field.merge ?? "primary";
    const candidates = ordered
      .map((record) => ({
        record: record.id,
        value: record.fields[key]?.value ?? null,
        at: parseInstant(record.fields[key]?.at ?? Number.NaN),
      }))
      .filter((candidate) => !isBlank(candidate.value, placeholders));
    fields[key] = MERGE_RULES[rule](candidates, field.type.kind === "multiPicklist" ? field.type.values : []);
  }

  return { survivor: survivor.id, merged: ordered.slice(1).map((record) => record.id), fields };
}

/** Sorts the records in survivorship order: linked to the CRM first, then earliest created, then by id. */
export function orderBySurvivorship(records: readonly MergeRecord[]): MergeRecord[] {
  const created = (record: MergeRecord): number => {
    const at = parseInstant(record.createdAt);
    return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at;
  };
  return [...records].sort(
    (left, right) =>
      Number(left.crmId === null) - Number(right.crmId === null) ||
      created(left) - created(right) ||
      compareText(left.id, right.id),
  );
}

function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

interface Candidate {
  record: string;
  value: unknown;
  at: number;
}

type MergeRuleFunction = (candidates: readonly Candidate[], order: readonly string[]) => MergedField;

const MERGE_RULES: Record<MergeRule, MergeRuleFunction> = {
  // The survivor's value; when it is blank, the first non-blank value in survivorship order.
  primary: (candidates) => pick(candidates[0], "primary"),

  // Consent: opted out (true) if any duplicate opted out.
  mostRestrictive: (candidates) => {
    const optedOut = candidates.some((candidate) => parseBoolean(candidate.value) === true);
    if (optedOut) {
      return { value: true, from: null, rule: "mostRestrictive" };
    }
    return candidates.length === 0
      ? pick(undefined, "mostRestrictive")
      : { value: false, from: null, rule: "mostRestrictive" };
  },

  // First-touch attribution: the value set earliest; values without a time come last.
  earliest: (candidates) => pick(sortByTime(candidates)[0], "earliest"),

  latest: (candidates) => pick(sortByTime(candidates).at(-1), "latest"),

  union: (candidates, order) => {
    if (candidates.length === 0) {
      return pick(undefined, "union");
    }
    const items = candidates.flatMap((candidate) => splitMultiSelect(candidate.value));
    return { value: sortAsSet(items, order), from: null, rule: "union" };
  },
};

function pick(candidate: Candidate | undefined, rule: MergeRule): MergedField {
  return candidate === undefined
    ? { value: null, from: null, rule }
    : { value: candidate.value, from: candidate.record, rule };
}

// Stable sort keeps survivorship order among equal times; a missing time sorts after every known one.
function sortByTime(candidates: readonly Candidate[]): Candidate[] {
  const time = (candidate: Candidate): number => (Number.isNaN(candidate.at) ? Number.POSITIVE_INFINITY : candidate.at);
  return [...candidates].sort((left, right) => time(left) - time(right));
}
