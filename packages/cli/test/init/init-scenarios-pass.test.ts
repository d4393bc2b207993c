// The starter scenarios `init` writes must pass against the policy it writes beside them, through
// the same launcher and `test` command a new team runs first.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadScenarioFile, measureRuleCoverage, runScenarios } from "@fieldpolicy/review";
import { resolveConflict } from "@fieldpolicy/runtime";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PolicyStack } from "../../src/init/policy-stacks";
import { runCli } from "./run-cli";

/** What `fieldpolicy test` reports for each stack's fresh scaffold. */
interface ExpectedReport {
  scenarios: number;
  /** The rule parts the starter scenarios exercise, as `field.part`, sorted. */
  exercised: string[];
  /** The policy's other rule parts, as the report's "not exercised" line lists them. */
  missing: string[];
}

const EXPECTED: Record<PolicyStack, ExpectedReport> = {
  hubspot: {
    scenarios: 8,
    exercised: [
      "emailOptOut.optOutWins",
      "emailOptOut.ownerWins",
      "jobTitle.lastWriteWins",
      "leadOwner.ownerWins",
      "leadStatus.ownerWins",
      "leadStatus.protectedValues",
    ],
    missing: [],
  },
  marketo: {
    scenarios: 9,
    exercised: [
      "contactDepartment.sourcePriority",
      "contactTitle.lastWriteWins",
      "emailOptOut.optOutWins",
      "emailOptOut.ownerWins",
      "leadScore.ownerWins",
      "leadScore.readOnlyFor",
      "leadSource.lockAfterFirstWrite",
      "leadStatus.limitedValues",
      "leadStatus.ownerWins",
      "leadStatus.protectedValues",
    ],
    missing: [],
  },
};

let dir = "";

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "fieldpolicy-init-scenarios-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(["hubspot", "marketo"] as const)("%s starter scenarios", (stack) => {
  const expected = EXPECTED[stack];

  it("pass under fieldpolicy test", () => {
    const init = runCli(["init", "--stack", stack, "--name", "team"], dir);
    expect(init.status, init.stderr).toBe(0);

    const run = runCli(["test"], dir);
    const resultLines = run.stdout.split("\n").filter((line) => /^ {2}[✓✗] /.test(line));

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("policies/team.scenarios.ts (policy team)");
    expect(resultLines).toHaveLength(expected.scenarios);
    expect(resultLines.filter((line) => !line.startsWith("  ✓ "))).toEqual([]);
    expect(run.stdout).toContain(`${expected.scenarios} passed, 0 failed`);
  });

  it("report the rule parts they exercise", () => {
    runCli(["init", "--stack", stack, "--name", "team"], dir);
    const total = expected.exercised.length + expected.missing.length;

    const run = runCli(["test", "policies/team.scenarios.ts"], dir);

    expect(run.stdout).toContain(`rule coverage: ${expected.exercised.length} of ${total} rule parts`);
    if (expected.missing.length === 0) {
      expect(run.stdout).not.toContain("not exercised:");
    } else {
      expect(run.stdout).toContain(`not exercised: ${expected.missing.join(", ")}\n`);
    }
  });

  it("exercise the intended rule parts", () => {
    // The text report lists only the parts left out, so the exercised ones are measured here with
    // the same loader, resolver and coverage the test command uses.
    runCli(["init", "--stack", stack, "--name", "team"], dir);
    const loaded = loadScenarioFile("policies/team.scenarios.ts", { cwd: dir });
    expect(loaded.diagnostics).toEqual([]);
    const ir = loaded.ir;
    if (ir === null) {
      throw new Error("The scaffold's scenarios did not load.");
    }
    const users = { users: loaded.users };

    const results = runScenarios(ir, loaded.scenarios, (policy, conflict, now) =>
      resolveConflict(policy, conflict, { now, users }),
    );
    const coverage = measureRuleCoverage(ir, results);

    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(coverage.exercised.map(({ field, part }) => `${field}.${part}`).sort()).toEqual(expected.exercised);
  });

  it("name each scenario once", () => {
    runCli(["init", "--stack", stack, "--name", "team"], dir);

    const names = loadScenarioFile("policies/team.scenarios.ts", { cwd: dir }).scenarios.map(
      (scenario) => scenario.name,
    );

    expect(names).toHaveLength(expected.scenarios);
    expect(new Set(names).size).toBe(names.length);
  });
});
