import type { Decision } from "@fieldpolicy/core";

/** One expectation of a scenario that the decision did not meet. */
export interface Mismatch {
  /** The expectation key: outcome, value, source, queue, rule or `rejected.<system>`. */
  key: string;
  expected: unknown;
  actual: unknown;
}

/** The outcome of running one scenario. */
export interface ScenarioResult {
  name: string;
  field: string;
  passed: boolean;
  mismatches: Mismatch[];
  decision: Decision;
}

/** A rule part of one field. */
export interface FieldRulePart {
  field: string;
  part: string;
}

/** Which rule parts of the policy the scenarios made decide. */
export interface RuleCoverage {
  exercised: FieldRulePart[];
  missing: FieldRulePart[];
  /** Share of the policy's rule parts that decided at least one scenario, from 0 to 1. */
  ratio: number;
}

/** The results of one scenario file. */
export interface ScenarioReport {
  policy: string;
  file: string;
  results: ScenarioResult[];
  coverage: RuleCoverage;
}
