// `fieldpolicy build`: validate policies, then write every output atomically; with --check,
// compare with the output folder and write nothing.

import { hasErrors } from "@fieldpolicy/core";
import type { Command } from "commander";
import { isUpToDate } from "../build/compare-outputs";
import { renderBuildSummary, renderDifferences } from "../build/render-build-summary";
import { reportDiagnostics } from "../build/report-diagnostics";
import { reportInternalError } from "../build/report-internal-error";
import { runBuild } from "../build/run-build";
import { EXIT_INPUT_ERRORS, EXIT_OK } from "../exit-codes";

interface BuildCommandOptions {
  out: string;
  catalog?: string;
  check: boolean;
  verbose: boolean;
}

/** Adds `build` to the program. */
export function registerBuildCommand(program: Command): void {
  program
    .command("build")
    .description("Validate policies and write every output: IR, enforcement plan and the generated files.")
    .argument("[paths...]", "policy files, or folders whose *.policy.ts files are built (default: policies/)")
    .option("--out <dir>", "output folder, replaced as a whole when the build succeeds", "out")
    .option(
      "--catalog <dir>",
      "folder of field catalogs (Salesforce describe JSON, HubSpot properties JSON) to check bindings against (default: none, catalog checks are skipped)",
    )
    .option("--check", "write nothing; exit 1 when the output folder differs from what the build would write", false)
    .option(
      "--verbose",
      "also list info messages, and print the time each build step took, in milliseconds, to standard error",
      false,
    )
    .action(async (paths: string[], options: BuildCommandOptions) => {
      try {
        await executeBuild(paths, options);
      } catch (error) {
        reportInternalError(error);
      }
    });
}

async function executeBuild(paths: string[], options: BuildCommandOptions): Promise<void> {
  const cwd = process.cwd();
  const report = await runBuild({
    paths,
    outDir: options.out,
    catalogDir: options.catalog ?? null,
    check: options.check,
    cwd,
  });

  if (options.verbose) {
    for (const timing of report.timings) {
      process.stderr.write(`${timing.step.padEnd(10)} ${timing.milliseconds} ms\n`);
    }
  }
  // Info messages (a catalog that does not cover an object, a field that takes no permission) are
  // many and need no action, so a build lists them only with --verbose. `check` lists them all.
  const shown = options.verbose
    ? report.diagnostics
    : report.diagnostics.filter((diagnostic) => diagnostic.severity !== "info");
  reportDiagnostics(shown, { format: "text", policies: report.policies, cwd });
  if (hasErrors(report.diagnostics)) {
    process.stderr.write(`Build failed; ${options.out}/ was left unchanged.\n`);
    process.exitCode = EXIT_INPUT_ERRORS;
    return;
  }

  if (report.differences !== null) {
    process.stdout.write(renderDifferences(options.out, report.differences));
    process.exitCode = isUpToDate(report.differences) ? EXIT_OK : EXIT_INPUT_ERRORS;
    return;
  }
  process.stdout.write(
    renderBuildSummary({
      outDir: options.out,
      files: report.files,
      policies: report.policies.flatMap((policy) => (policy.ir === null ? [] : [policy.ir])),
      diagnostics: report.diagnostics,
      infoShown: options.verbose,
    }),
  );
  process.exitCode = EXIT_OK;
}
