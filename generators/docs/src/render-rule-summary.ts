// The short form of a field's rule for the ownership matrix: a few words per rule part, so a row
// fits on a screen. The full sentences are in the rule prose section.

import type { Field, PolicyIR, RulePartName } from "@fieldpolicy/core";
import { RULE_PART_NAMES } from "@fieldpolicy/core";
import { renderText } from "./escape-markdown";
import { capitalize, joinWords, renderCount, renderSystem } from "./render-policy-terms";

function summarizeRulePart(ir: PolicyIR, field: Field, part: RulePartName): string | null {
  const rule = field.rule;
  const owner = renderSystem(ir, field.systemOfRecord);
  const systems = (names: readonly string[]) =>
    joinWords(
      names.map((name) => renderSystem(ir, name)),
      "and",
    );
  switch (part) {
    case "ownerWins":
      return rule.ownerWins ? `${owner}'s value stands${rule.ownerWins.fillBlanks ? " unless blank" : ""}` : null;
    case "noRegression":
      return rule.noRegression ? "moves only forward" : null;
    case "limitedValues":
      return rule.limitedValues
        ? Object.keys(rule.limitedValues)
            .sort()
            .map((system) => {
              const values = (rule.limitedValues?.[system] ?? []).map((value) => renderText(value));
              return `${renderSystem(ir, system)} may set only ${joinWords(values, "or")}`;
            })
            .join(", ")
        : null;
    case "protectedValues":
      return rule.protectedValues
        ? `${joinWords(
            rule.protectedValues.map((value) => renderText(value)),
            "and",
          )} protected`
        : null;
    case "optOutWins":
      return rule.optOutWins ? "opt-out wins" : null;
    case "lockAfterFirstWrite":
      return rule.lockAfterFirstWrite ? "first value is final" : null;
    case "fillBlankOrStale":
      return rule.fillBlankOrStale
        ? `${renderSystem(ir, rule.fillBlankOrStale.source)} fills blank or stale values`
        : null;
    case "recentActivityLock":
      return rule.recentActivityLock
        ? `locked for ${systems(rule.recentActivityLock.systems)} for ${renderCount(rule.recentActivityLock.windowDays, "day")} after activity in ${owner}`
        : null;
    case "readOnlyFor":
      return rule.readOnlyFor ? `read-only for ${systems(rule.readOnlyFor)}` : null;
    case "lastWriteWins":
      return rule.lastWriteWins ? "newest change wins" : null;
    case "sourcePriority":
      return rule.sourcePriority
        ? `first non-blank value of ${rule.sourcePriority.order.map((name) => renderSystem(ir, name)).join(", ")}`
        : null;
  }
}

/** Summarizes a field's rule in a few words per part, in the order the runtime applies them. */
export function summarizeRule(ir: PolicyIR, field: Field): string {
  const phrases = RULE_PART_NAMES.map((part) => summarizeRulePart(ir, field, part)).filter(
    (phrase): phrase is string => phrase !== null,
  );
  return phrases.length === 0 ? "No rule" : capitalize(phrases.join("; "));
}
