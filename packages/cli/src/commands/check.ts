// `fieldpolicy check`: load and validate policies, print the diagnostics, write nothing.

import { hasErrors } from "@fieldpolicy/core";
import { compilePolicies } from "@fieldpolicy/compiler";
import { Option, type Command } from "commander";
import { loadCatalogOption } from "../build/load-catalog-option";
import { reportDiagnostics } from "../build/report-diagnostics";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK } from "../exit-codes";
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from "../render/index";

interface CheckCommandOptions {
  catalog?: string;
  format: DiagnosticFormat;
}

/** Adds `check` to the program. */
export function registerCheckCommand(program: Command): void {
  program
    .command("check")
    .description("Load and validate policies and print every problem found; writes nothing.")
    .argument("[paths...]", "policy files, or folders whose *.policy.ts files are checked (default: policies/)")
    .option(
      "--catalog <dir>",
      "folder of field catalogs (Salesforce describe JSON, HubSpot properties JSON) to check bindings against (default: none, catalog checks are skipped)",
    )
    .addOption(
      new Option("--format <format>", "output format of diagnostics").choices(DIAGNOSTIC_FORMATS).default("text"),
    )
    .action((paths: string[], options: CheckCommandOptions) => {
      try {
        runCheck(paths, options);
      } catch (error) {
        reportInternalError(error);
      }
    });
}

function runCheck(paths: string[], options: CheckCommandOptions): void {
  const cwd = process.cwd();

  const catalog = loadCatalogOption(options.catalog ?? null, cwd);
  const compiled = compilePolicies(paths, { catalog: catalog.catalog, cwd });
  const diagnostics = [
    ...catalog.diagnostics,
    ...compiled.diagnostics,
    ...compiled.policies.flatMap((policy) => policy.diagnostics),
  ];

  reportDiagnostics(diagnostics, { format: options.format, policies: compiled.policies, cwd });
  process.exitCode = hasErrors(diagnostics) ? EXIT_INPUT_ERRORS : EXIT_OK;
}
