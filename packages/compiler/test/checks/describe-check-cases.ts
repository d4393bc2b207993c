// Runs a table of cases against one check: each case changes the minimal test IR and pins the
// code, severity and path of every diagnostic the check reports.

import type { Catalog, PolicyIR } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import type { SemanticCheck } from "../../src/checks/semantic-check";
import { buildTestIr } from "./build-test-ir";

/** One row of a check's table. */
export interface CheckCase {
  name: string;
  /** Changes the fresh test IR into the policy the case is about. */
  change: (ir: PolicyIR) => void;
  /** `[code, severity, path]` of each expected diagnostic, in report order; empty for a valid policy. */
  expected: [string, string, string | null][];
}

/** Summarizes a check's output as `[code, severity, path]` triples. */
export function runCheck(check: SemanticCheck, ir: PolicyIR, catalog: Catalog | null = null): [string, string, string | null][] {
  return check.run({ ir, catalog }).map((problem) => [problem.code, problem.severity ?? "error", problem.path ?? null]);
}

/** Declares one test per case, plus one that the unchanged test IR passes. */
export function describeCheckCases(check: SemanticCheck, cases: CheckCase[]): void {
  describe(`${check.code} ${check.name}`, () => {
    it("accepts the minimal test policy", () => {
      expect(runCheck(check, buildTestIr())).toEqual([]);
    });

    for (const testCase of cases) {
      it(testCase.name, () => {
        const ir = buildTestIr();
        testCase.change(ir);

        expect(runCheck(check, ir)).toEqual(testCase.expected);
      });
    }
  });
}
