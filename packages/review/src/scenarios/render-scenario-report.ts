// Renders scenario results for a terminal and as JUnit XML for CI systems that show test reports.

import { create } from "xmlbuilder2";
import type { ScenarioReport, ScenarioResult } from "./scenario-result";

/** Renders results, failures with expected against actual per key and the rule that decided. */
export function renderScenarioText(reports: readonly ScenarioReport[], coverageThreshold: number | null): string {
  const lines: string[] = [];

  for (const report of reports) {
    lines.push(`${report.file} (policy ${report.policy})`);
    for (const result of report.results) {
      lines.push(...renderResultLines(result));
    }
    const percent = Math.round(report.coverage.ratio * 100);
    lines.push(
      `  rule coverage: ${report.coverage.exercised.length} of ${report.coverage.exercised.length + report.coverage.missing.length} rule parts (${percent}%)`,
    );
    if (report.coverage.missing.length > 0) {
      lines.push(`  not exercised: ${report.coverage.missing.map(({ field, part }) => `${field}.${part}`).join(", ")}`);
    }
    if (coverageThreshold !== null && report.coverage.ratio * 100 < coverageThreshold) {
      lines.push(`  coverage ${percent}% is below the threshold of ${coverageThreshold}%`);
    }
  }

  const results = reports.flatMap((report) => report.results);
  const failed = results.filter((result) => !result.passed).length;
  lines.push(`${results.length - failed} passed, ${failed} failed`);
  return lines.join("\n") + "\n";
}

function renderResultLines(result: ScenarioResult): string[] {
  if (result.passed) {
    return [`  ✓ ${result.name}`];
  }
  const lines = [`  ✗ ${result.name}`];
  for (const mismatch of result.mismatches) {
    lines.push(
      `      ${mismatch.key}: expected ${JSON.stringify(mismatch.expected)}, actual ${JSON.stringify(mismatch.actual)}`,
    );
  }
  lines.push(`      decided by ${result.decision.rule.id}: ${result.decision.rule.explanation}`);
  return lines;
}

/** Renders results as JUnit XML: one test suite per scenario file, one test case per scenario. */
export function renderScenarioJunit(reports: readonly ScenarioReport[]): string {
  const results = reports.flatMap((report) => report.results);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("testsuites", {
    name: "fieldpolicy scenarios",
    tests: String(results.length),
    failures: String(results.filter((result) => !result.passed).length),
  });

  for (const report of reports) {
    const suite = root.ele("testsuite", {
      name: report.file,
      tests: String(report.results.length),
      failures: String(report.results.filter((result) => !result.passed).length),
    });
    for (const result of report.results) {
      const testCase = suite.ele("testcase", { name: result.name, classname: `${report.policy}.${result.field}` });
      if (!result.passed) {
        const summary = result.mismatches.map(
          (mismatch) =>
            `${mismatch.key}: expected ${JSON.stringify(mismatch.expected)}, actual ${JSON.stringify(mismatch.actual)}`,
        );
        testCase
          .ele("failure", { message: summary.join("; "), type: "ScenarioMismatch" })
          .txt([...summary, `decided by ${result.decision.rule.id}: ${result.decision.rule.explanation}`].join("\n"));
      }
    }
  }
  return root.end({ prettyPrint: true }) + "\n";
}
