import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const FAILING = "test/fixtures/scenarios/failing";

function runCli(args: string[]) {
  return spawnSync("pnpm", ["-s", "fieldpolicy", "test", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("fieldpolicy test", () => {
  it("passes the default policy's scenarios with full rule coverage", () => {
    const result = runCli(["policies", "--coverage-threshold", "100"]);

    expect(result.stdout).toContain("rule coverage: 16 of 16 rule parts (100%)");
    expect(result.status).toBe(0);
  });

  it("passes the Marketo policy's scenarios with full rule coverage", () => {
    const result = runCli(["test/fixtures/examples", "--coverage-threshold", "100"]);

    expect(result.stdout).toContain("rule coverage: 12 of 12 rule parts (100%)");
    expect(result.status).toBe(0);
  });

  it("prints a failing scenario as expected against actual", () => {
    const result = runCli([FAILING]);

    expect(result.stdout).toBe(
      [
        "test/fixtures/scenarios/failing/lead-failing.scenarios.ts (policy lead)",
        "  ✗ HubSpot may not set Lead Status to Qualified",
        '      value: expected "Qualified", actual "Working"',
        '      source: expected "map", actual "base"',
        '      decided by leadStatus.limitedValues: No change to Lead Status was adopted, so it keeps "Working": HubSpot\'s "Qualified" (limitedValue).',
        "  rule coverage: 1 of 16 rule parts (6%)",
        "  not exercised: company.fillBlankOrStale, consent.optOutWins, consent.ownerWins, emailEngagementScore.ownerWins, firstTouchAttribution.lockAfterFirstWrite, jobTitle.fillBlankOrStale, leadOwner.ownerWins, leadStatus.ownerWins, leadStatus.protectedValues, leadStatus.recentActivityLock, lifecycleStage.noRegression, lifecycleStage.ownerWins, opportunityStage.noRegression, opportunityStage.ownerWins, opportunityStage.readOnlyFor",
        "0 passed, 1 failed",
        "",
      ].join("\n"),
    );
    expect(result.status).toBe(1);
  });

  it("fails below the coverage threshold", () => {
    const result = runCli(["policies", "--coverage-threshold", "100", FAILING]);

    expect(result.stdout).toContain("coverage 6% is below the threshold of 100%");
    expect(result.status).toBe(1);
  });

  it("writes JUnit XML with the failure", () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), "fieldpolicy-junit-")), "report.xml");

    const result = runCli([FAILING, "--format", "junit", "--output", output]);
    const report = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(output, "utf8"));

    expect(result.status).toBe(1);
    expect(report.testsuites["@_tests"]).toBe("1");
    expect(report.testsuites.testsuite.testcase.failure["@_message"]).toBe(
      'value: expected "Qualified", actual "Working"; source: expected "map", actual "base"',
    );
  });

  it("exits 2 for a path that does not exist", () => {
    const result = runCli(["no/such/folder"]);

    expect(result.stderr).toContain("no/such/folder does not exist");
    expect(result.status).toBe(2);
  });
});

describe("fieldpolicy test with a hostile scenarios file", () => {
  it("refuses a policy path outside the policy files, printing none of it", () => {
    const folder = path.join(ROOT, ".fieldpolicy", "hostile-scenarios");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, "leak.scenarios.ts"),
      'import { defineScenarios } from "@fieldpolicy/core";\nexport default defineScenarios({ policy: "/proc/self/environ", scenarios: [] });\n',
    );

    const result = spawnSync("pnpm", ["-s", "fieldpolicy", "test", path.relative(ROOT, folder)], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, FIELDPOLICY_PLANTED_SECRET: "planted-secret-value" },
    });

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("FP7003");
    expect(result.stderr + result.stdout).not.toContain("planted-secret-value");
  });
});
