// Runs a policy's scenarios through the resolver and compares each decision with what the author
// expects, key by key.

import type { ConflictInput, Decision, PolicyIR, ScenarioExpectation } from "@fieldpolicy/core";
import { isDeepStrictEqual } from "node:util";
import type { Mismatch, ScenarioResult } from "./scenario-result";

/** A scenario after static evaluation: plain data in the shape `defineScenarios` types. */
export interface LoadedScenario {
  name: string;
  now: string;
  field: string;
  record?: string;
  base: ConflictInput["base"];
  changes: ConflictInput["changes"];
  expect: ScenarioExpectation<string, string, unknown>;
}

/** Decides one conflict; the real resolver in production, with the clock the scenario fixes. */
export type DecideConflict = (ir: PolicyIR, conflict: ConflictInput, now: Date) => Decision;

const DEFAULT_RECORD = "scenario-record";

/** Runs every scenario and returns one result each, in the file's order. */
export function runScenarios(
  ir: PolicyIR,
  scenarios: readonly LoadedScenario[],
  decide: DecideConflict,
): ScenarioResult[] {
  return scenarios.map((scenario) => {
    const conflict: ConflictInput = {
      record: scenario.record ?? DEFAULT_RECORD,
      field: scenario.field,
      base: scenario.base,
      changes: [...scenario.changes],
    };
    const decision = decide(ir, conflict, new Date(scenario.now));
    const mismatches = compareExpectation(scenario.expect, decision);
    return { name: scenario.name, field: scenario.field, passed: mismatches.length === 0, mismatches, decision };
  });
}

/** Compares the expected keys with the decision; keys the author left out are not compared. */
export function compareExpectation(
  expected: ScenarioExpectation<string, string, unknown>,
  decision: Decision,
): Mismatch[] {
  const actual: Record<string, unknown> = {
    outcome: decision.outcome,
    value: decision.value,
    source: decision.source,
    queue: decision.review?.queue ?? null,
    rule: readRulePart(decision.rule.id),
  };
  const mismatches: Mismatch[] = [];

  for (const key of ["outcome", "value", "source", "queue", "rule"] as const) {
    const wanted = expected[key];
    if (
      wanted !== undefined &&
      !isDeepStrictEqual(normalizeForComparison(wanted), normalizeForComparison(actual[key]))
    ) {
      mismatches.push({ key, expected: wanted, actual: actual[key] });
    }
  }

  for (const [system, reasons] of Object.entries(expected.rejected ?? {})) {
    const actualReasons = decision.rejected
      .filter((rejection) => rejection.system === system)
      .map((rejection) => rejection.reason);
    if (!isDeepStrictEqual([...(reasons ?? [])].sort(), [...actualReasons].sort())) {
      mismatches.push({ key: `rejected.${system}`, expected: reasons, actual: actualReasons });
    }
  }
  return mismatches;
}

/** Returns the rule part of a rule id (`leadStatus.limitedValues` → `limitedValues`). */
export function readRulePart(ruleId: string): string {
  return ruleId.slice(ruleId.lastIndexOf(".") + 1);
}

// Multi-select values are sets: the author may list them in any order.
function normalizeForComparison(value: unknown): unknown {
  return Array.isArray(value) ? [...value].map(String).sort() : value;
}
