// One plain-English sentence per rule part, with the policy's systems and values filled in, for
// readers who do not read TypeScript. The wording states what the runtime resolver does for that
// part; which change goes to review is described separately, from the field's review triggers.

import type { Field, MergeRule, PolicyIR, Rule, RulePartName } from "@fieldpolicy/core";
import { RULE_PART_NAMES } from "@fieldpolicy/core";
import { renderText } from "./escape-markdown";
import { joinWords, listOtherSystems, renderCount, renderField, renderSystem } from "./render-policy-terms";

type RequiredRule = Required<Rule>;

/** Values that the sentence renderers of one field share. */
interface ProseContext {
  ir: PolicyIR;
  field: Field;
  /** The field's label, rendered. */
  name: string;
  /** The system of record's label, rendered. */
  owner: string;
  /** The other systems bound to the field, rendered, joined with "and". */
  others: string;
}

function renderSystems(ir: PolicyIR, systems: readonly string[], conjunction: "and" | "or"): string {
  return joinWords(
    systems.map((system) => renderSystem(ir, system)),
    conjunction,
  );
}

function renderValues(values: readonly string[], conjunction: "and" | "or"): string {
  return joinWords(
    values.map((value) => renderText(value)),
    conjunction,
  );
}

function describeOwnerWins(context: ProseContext, part: RequiredRule["ownerWins"]): string {
  const { name, owner, others } = context;
  if (others === "") {
    return `${owner} owns ${name}, and its value stands.`;
  }
  if (part.fillBlanks) {
    return `${owner} owns ${name}: its value stands and a change from ${others} is rejected and logged, except that ${others} may fill the field while ${owner}'s value is blank.`;
  }
  return `${owner} owns ${name}: its value stands, and a change from ${others} is rejected, logged and overwritten with ${owner}'s value.`;
}

function describeNoRegression(context: ProseContext, part: RequiredRule["noRegression"]): string {
  const { name, owner } = context;
  const order = part.order.map((value) => renderText(value)).join(" → ");
  const forward = `${name} moves only forward through ${order}.`;
  if (part.demotions.length === 0) {
    return `${forward} Every move backward counts as a regression and is not applied, even from ${owner}.`;
  }
  const demotions = joinWords(
    part.demotions.map((demotion) => `from ${renderText(demotion.from)} to ${renderText(demotion.to)}`),
    "and",
  );
  return `${forward} Only ${owner} may move it backward, and only ${demotions}; any other move backward counts as a regression and is not applied.`;
}

function describeLimitedValues(context: ProseContext, part: RequiredRule["limitedValues"]): string {
  const sentences = Object.keys(part)
    .sort()
    .map((system) => {
      const label = renderSystem(context.ir, system);
      return `${label} may set ${context.name} only to ${renderValues(part[system] ?? [], "or")}; any other value from ${label} is rejected and logged.`;
    });
  return sentences.join(" ");
}

function describeProtectedValues(context: ProseContext, part: RequiredRule["protectedValues"]): string {
  const { name, owner } = context;
  return `Once ${name} is ${renderValues(part, "or")}, no system other than ${owner} may overwrite it; an attempt is rejected and logged.`;
}

function describeOptOutWins(context: ProseContext, part: RequiredRule["optOutWins"]): string {
  const { owner } = context;
  const optIn = part.evidenceRequired
    ? `a return to opted-in is applied only when it comes from ${owner} with consent evidence`
    : `a return to opted-in is applied only when it comes from ${owner}`;
  return `An opt-out from any system applies at once, whatever the times of the other changes, and ${optIn}. When one actor flips the opt-out of more than ${renderCount(part.bulkFlipLimit, "record")} within ${renderCount(part.bulkWindowMinutes, "minute")}, those flips count as a bulk job and are not trusted.`;
}

function describeLockAfterFirstWrite(context: ProseContext, part: RequiredRule["lockAfterFirstWrite"]): string {
  const first = `The first value of ${context.name}, by event time rather than arrival time, is final; later writes are rejected and logged`;
  if (part.correctableBy.length === 0) {
    return `${first}.`;
  }
  return `${first}, except corrections from ${renderSystems(context.ir, part.correctableBy, "or")}.`;
}

function describeFillBlankOrStale(context: ProseContext, part: RequiredRule["fillBlankOrStale"]): string {
  const { ir, field, name } = context;
  const source = renderSystem(ir, part.source);
  const placeholders = [...ir.blanks, ...field.blanks].map((blank) => renderText(blank));
  const blank = placeholders.length === 0 ? "blank" : `blank, a placeholder (${joinWords(placeholders, "or")})`;
  const changeTime = part.maxAge.changeTime === "field" ? "the field's own change time" : "the record's last change";
  const fill = `${source} fills ${name} when it is ${blank} or older than ${renderCount(part.maxAge.days, "day")} by ${changeTime}`;
  const verified =
    part.verifiedLockDays > 0
      ? `; a value a person verified is locked against ${source} for ${renderCount(part.verifiedLockDays, "day")}`
      : "";
  const categories = Object.keys(part.categories).sort();
  const category =
    categories.length === 0
      ? ""
      : ` A fill that moves the value to another category (${renderValues(categories, "or")}) counts as a category change.`;
  return `${fill}${verified}.${category}`;
}

function describeRecentActivityLock(context: ProseContext, part: RequiredRule["recentActivityLock"]): string {
  const systems = renderSystems(context.ir, part.systems, "and");
  return `${systems} may not change ${context.name} within ${renderCount(part.windowDays, "day")} of the last activity in ${context.owner} (a rep working the record); such a change is rejected and logged.`;
}

function describeReadOnlyFor(context: ProseContext, part: RequiredRule["readOnlyFor"]): string {
  return `${renderSystems(context.ir, part, "and")} may never write ${context.name}; every change from ${part.length === 1 ? "it" : "them"} is rejected and logged.`;
}

function describeLastWriteWins(context: ProseContext, part: RequiredRule["lastWriteWins"]): string {
  const order = part.tieBreak.map((system) => renderSystem(context.ir, system)).join(", then ");
  return `The newest change to ${context.name} by event time wins; changes at most ${renderCount(part.skewToleranceSeconds, "second")} apart count as simultaneous, and then the first system in the order ${order} wins.`;
}

function describeSourcePriority(context: ProseContext, part: RequiredRule["sourcePriority"]): string {
  const order = part.order.map((system) => renderSystem(context.ir, system)).join(", then ");
  return `${context.name} takes the value of the first system with a non-blank value in the order ${order}.`;
}

function buildProseContext(ir: PolicyIR, field: Field): ProseContext {
  return {
    ir,
    field,
    name: renderField(field),
    owner: renderSystem(ir, field.systemOfRecord),
    others: renderSystems(ir, listOtherSystems(field), "and"),
  };
}

/**
 * Describes one rule part of a field in plain words (one sentence, two where the part has a
 * second parameter worth stating), or returns null when the field's rule has no such part.
 */
export function describeRulePart(ir: PolicyIR, field: Field, part: RulePartName): string | null {
  const context = buildProseContext(ir, field);
  const rule = field.rule;
  switch (part) {
    case "ownerWins":
      return rule.ownerWins ? describeOwnerWins(context, rule.ownerWins) : null;
    case "noRegression":
      return rule.noRegression ? describeNoRegression(context, rule.noRegression) : null;
    case "limitedValues":
      return rule.limitedValues ? describeLimitedValues(context, rule.limitedValues) : null;
    case "protectedValues":
      return rule.protectedValues ? describeProtectedValues(context, rule.protectedValues) : null;
    case "optOutWins":
      return rule.optOutWins ? describeOptOutWins(context, rule.optOutWins) : null;
    case "lockAfterFirstWrite":
      return rule.lockAfterFirstWrite ? describeLockAfterFirstWrite(context, rule.lockAfterFirstWrite) : null;
    case "fillBlankOrStale":
      return rule.fillBlankOrStale ? describeFillBlankOrStale(context, rule.fillBlankOrStale) : null;
    case "recentActivityLock":
      return rule.recentActivityLock ? describeRecentActivityLock(context, rule.recentActivityLock) : null;
    case "readOnlyFor":
      return rule.readOnlyFor ? describeReadOnlyFor(context, rule.readOnlyFor) : null;
    case "lastWriteWins":
      return rule.lastWriteWins ? describeLastWriteWins(context, rule.lastWriteWins) : null;
    case "sourcePriority":
      return rule.sourcePriority ? describeSourcePriority(context, rule.sourcePriority) : null;
  }
}

/** Describes every rule part of a field, in the order the runtime applies them. */
export function describeRule(ir: PolicyIR, field: Field): string[] {
  return RULE_PART_NAMES.map((part) => describeRulePart(ir, field, part)).filter(
    (sentence): sentence is string => sentence !== null,
  );
}

const MERGE_RULE_WORDS: Readonly<Record<MergeRule, string>> = {
  primary: "the primary record's value",
  mostRestrictive: "the most restrictive value of the merged records",
  earliest: "the earliest value of the merged records",
  latest: "the latest value of the merged records",
  union: "every value of the merged records together",
};

/** Describes how a field's value survives a merge of duplicates, as one sentence. */
export function describeMergeRule(field: Field): string {
  if (field.merge === null) {
    return `The policy sets no merge rule for ${renderField(field)}.`;
  }
  return `When duplicates merge, ${renderField(field)} keeps ${MERGE_RULE_WORDS[field.merge]}.`;
}
