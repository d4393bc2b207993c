// Reads the outcome of one rule part for assertions.

import type { ResolutionState } from "../../src/types";

/** The disposition and reason of each change, as `disposition/reason`, or `open`. */
export function listVerdicts(state: ResolutionState): string[] {
  return state.verdicts.map((verdict) => (verdict === null ? "open" : `${verdict.disposition}/${verdict.reason}`));
}
