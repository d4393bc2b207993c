import type { Verdict } from "../types";
import { buildRuleId, findOpenIndexes, withVerdicts, type RulePart } from "./rule-state";

/** Read only for: rejects every change from a system that may never write the field. */
export const applyReadOnlyFor: RulePart<readonly string[]> = (systems, field, state) => {
  const ruleId = buildRuleId(field, "readOnlyFor");
  const updates = new Map<number, Verdict>();

  for (const index of findOpenIndexes(state)) {
    if (systems.includes(state.changes[index]!.system)) {
      updates.set(index, { disposition: "rejected", reason: "readOnlySystem", ruleId });
    }
  }

  return withVerdicts(state, updates);
};
