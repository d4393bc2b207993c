// `fieldpolicy test`: run the scenarios kept beside the policies and compare each decision with
// the one the author expects.

import { writeFileSync } from "node:fs";
import { findDefaultPolicyPaths } from "@fieldpolicy/compiler";
import { hasErrors } from "@fieldpolicy/core";
import {
  findScenarioFiles,
  loadScenarioFile,
  measureRuleCoverage,
  renderScenarioJunit,
  renderScenarioText,
  runScenarios,
  ScenarioInputError,
  type ScenarioReport,
} from "@fieldpolicy/review";
import { resolveConflict } from "@fieldpolicy/runtime";
import { InvalidArgumentError, Option, type Command } from "commander";
import { renderDiagnostics } from "../render/index";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "../exit-codes";

interface TestCommandOptions {
  format: "text" | "junit";
  output?: string;
  coverageThreshold?: number;
}

/** Adds `test` to the program. */
export function registerTestCommand(program: Command): void {
  program
    .command("test")
    .description(
      "Run the *.scenarios.ts files beside the policies and compare each decision with the expected one. Exit 0 when all pass, 1 when a scenario fails or coverage is below the threshold, 2 on usage or input errors.",
    )
    .argument("[paths...]", "scenario files, or folders searched for *.scenarios.ts (default: policies/)")
    .addOption(new Option("--format <format>", "report format").choices(["text", "junit"]).default("text"))
    .option("--output <file>", "write the report to this file instead of standard output")
    .option(
      "--coverage-threshold <percent>",
      "minimum share of each policy's rule parts, in percent, that must decide at least one scenario (default: no minimum)",
      parsePercent,
    )
    .action((paths: string[], options: TestCommandOptions) => {
      try {
        runTests(paths.length > 0 ? paths : findDefaultPolicyPaths(process.cwd()), options);
      } catch (error) {
        if (error instanceof ScenarioInputError) {
          process.stderr.write(`fieldpolicy test: ${error.message}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        reportInternalError(error);
      }
    });
}

function parsePercent(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new InvalidArgumentError(`expected a percentage from 0 to 100, got "${text}".`);
  }
  return value;
}

function runTests(paths: string[], options: TestCommandOptions): void {
  const cwd = process.cwd();
  const files = findScenarioFiles(paths, cwd);
  if (files.length === 0) {
    throw new ScenarioInputError(`no *.scenarios.ts files found in ${paths.join(", ")}.`);
  }

  const reports: ScenarioReport[] = [];
  for (const file of files) {
    const loaded = loadScenarioFile(file, { cwd });
    if (loaded.ir === null || hasErrors(loaded.diagnostics)) {
      process.stderr.write(renderDiagnostics(loaded.diagnostics, "text", { sources: loaded.sources, cwd }));
      process.exitCode = EXIT_USAGE;
      return;
    }
    const users = { users: loaded.users };
    const results = runScenarios(loaded.ir, loaded.scenarios, (ir, conflict, now) =>
      resolveConflict(ir, conflict, { now, users }),
    );
    reports.push({ policy: loaded.ir.name, file, results, coverage: measureRuleCoverage(loaded.ir, results) });
  }

  const threshold = options.coverageThreshold ?? null;
  const report = options.format === "junit" ? renderScenarioJunit(reports) : renderScenarioText(reports, threshold);
  if (options.output === undefined) {
    process.stdout.write(report);
  } else {
    writeFileSync(options.output, report);
  }

  const failed = reports.some((entry) => entry.results.some((result) => !result.passed));
  const belowThreshold = threshold !== null && reports.some((entry) => entry.coverage.ratio * 100 < threshold);
  process.exitCode = failed || belowThreshold ? EXIT_INPUT_ERRORS : EXIT_OK;
}
