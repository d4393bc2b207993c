// An echo carries the value the resolver itself decided and wrote. When a conflict's base is
// older than that echo (the adapter did not yet record the earlier decision as agreed) and no
// rule part adopted a value, the echoed value is the one in force, not the base. Keeping the base
// would write it back to the echoing system and undo the resolver's own earlier decision.

import { buildRuleId, describeChange, findLatest, withAdoption } from "../rules/rule-state";
import type { FieldFacts, ResolutionState } from "../types";

/**
 * Adopts the latest echo's value when nothing else was adopted and the echo is newer than the
 * base. Only echoes of writes the session recorded count: an `echoOf` id taken on the adapter's
 * word proves nothing about what the resolver decided, so it must not override a rule.
 */
export function adoptLatestEcho(
  field: FieldFacts,
  state: ResolutionState,
  recorded: ReadonlySet<number>,
): ResolutionState {
  // Most conflicts carry no echo of a recorded write, so they return before any work.
  if (state.adoption !== null || state.review !== null || recorded.size === 0) {
    return state;
  }
  const echoes = [...recorded].filter((index) => state.verdicts[index]?.reason === "echo").sort((a, b) => a - b);
  const latest = findLatest(state, echoes);
  if (latest === undefined) {
    return state;
  }

  const echo = state.changes[latest]!;
  const baseIsNewer = !state.base.missing && state.base.at !== null && state.base.at >= echo.at;
  if (baseIsNewer) {
    return state;
  }
  return withAdoption(state, {
    value: echo.value,
    source: echo.system,
    ruleId: buildRuleId(field, "echo"),
    explanation: `${describeChange(field, echo)} is the echo of the resolver's own earlier write and newer than the base, so ${field.label} keeps that value.`,
  });
}
