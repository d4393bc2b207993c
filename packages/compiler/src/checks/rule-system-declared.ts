import { buildDiagnostic, type DiagnosticInput, type Field } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, isDeclaredSystem } from "./select-field-systems";

/** One place in a field that names a system, with its path segments below the field. */
interface SystemMention {
  system: string;
  segments: (string | number)[];
}

/** Lists every place in a field's rule and value maps that names a system. */
export function listSystemMentions(field: Field): SystemMention[] {
  const rule = field.rule;
  const mentions: SystemMention[] = [];
  const addList = (systems: readonly string[] | undefined, ...base: string[]): void => {
    systems?.forEach((system, index) => mentions.push({ system, segments: [...base, index] }));
  };

  for (const system of Object.keys(rule.limitedValues ?? {})) {
    mentions.push({ system, segments: ["rule", "limitedValues", system] });
  }
  addList(rule.readOnlyFor, "rule", "readOnlyFor");
  addList(rule.lockAfterFirstWrite?.correctableBy, "rule", "lockAfterFirstWrite", "correctableBy");
  if (rule.fillBlankOrStale !== undefined) {
    mentions.push({ system: rule.fillBlankOrStale.source, segments: ["rule", "fillBlankOrStale", "source"] });
  }
  addList(rule.recentActivityLock?.systems, "rule", "recentActivityLock", "systems");
  addList(rule.lastWriteWins?.tieBreak, "rule", "lastWriteWins", "tieBreak");
  addList(rule.sourcePriority?.order, "rule", "sourcePriority", "order");
  if (field.type.kind === "picklist" || field.type.kind === "multiPicklist") {
    for (const system of Object.keys(field.type.valueMaps)) {
      mentions.push({ system, segments: ["type", "valueMaps", system] });
    }
  }
  return mentions;
}

/** FP3007: rule parts and value maps name only declared systems. */
export const ruleSystemDeclaredCheck: SemanticCheck = {
  code: "FP3007",
  name: "rule-system-declared",
  description: "Rule parts (limited values, read-only lists, sources, orders) and value maps name only declared systems.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    const hint = `Use one of the declared systems (${formatNames(Object.keys(ir.systems))}) or declare the system in \`systems\`.`;

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      for (const mention of listSystemMentions(field)) {
        if (isDeclaredSystem(ir, mention.system)) {
          continue;
        }
        problems.push(
          buildDiagnostic({
            code: "FP3007",
            message: `Field \`${fieldKey}\` names \`${mention.system}\` in \`${mention.segments.join(".")}\`, but no such system is declared.`,
            path: buildFieldPath(fieldKey, ...mention.segments),
            hint,
          }),
        );
      }
    }
    return problems;
  },
};
