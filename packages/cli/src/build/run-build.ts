// The build recipe: compile, generate, format, then write (or, with --check, compare). Each step
// runs only when the steps before it found no error, so a failed build writes nothing.

import path from "node:path";
import { hasErrors, type Diagnostic } from "@fieldpolicy/core";
import { compilePolicies, type CompiledPolicy } from "@fieldpolicy/compiler";
import { buildOutputMarker, checkOutputFolder } from "./check-output-folder";
import { compareOutputs, type OutputDifferences } from "./compare-outputs";
import { formatOutputs } from "./format-outputs";
import { generateOutputs } from "./generate-outputs";
import { GENERATORS, type RegisteredGenerator } from "./generators";
import { loadCatalogOption } from "./load-catalog-option";
import type { OutputFile } from "./output-file";
import { writeOutputs } from "./write-outputs";

/** Options of `runBuild`. */
export interface BuildOptions {
  /** Policy files or folders; empty for the default folder `policies/`. */
  paths: readonly string[];
  /** Output folder, replaced as a whole by a successful build. */
  outDir: string;
  /** Catalog folder, or null to skip catalog checks. */
  catalogDir: string | null;
  /** Compare with the output folder instead of writing. */
  check: boolean;
  /** Folder that relative paths are resolved against. @default process.cwd() */
  cwd?: string;
  /** Generators to run. @default GENERATORS */
  generators?: readonly RegisteredGenerator[];
}

/** What a build did. */
export interface BuildReport {
  policies: CompiledPolicy[];
  /** Every diagnostic of every step, errors and warnings. */
  diagnostics: Diagnostic[];
  /** The formatted files, empty when a step before formatting failed. */
  files: OutputFile[];
  /** With --check, how the output folder differs; otherwise null. */
  differences: OutputDifferences | null;
  /** True when the output folder was replaced. */
  written: boolean;
  /** Wall-clock time of each step that ran, in order, for `--verbose`. */
  timings: StepTiming[];
}

/** How long one step of the build took. */
export interface StepTiming {
  step: "catalog" | "compile" | "generate" | "format" | "compare" | "write";
  milliseconds: number;
}

/** Runs the build. Throws only on internal errors; problems with the input come back as diagnostics. */
export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const cwd = options.cwd ?? process.cwd();
  const report: BuildReport = {
    policies: [],
    diagnostics: [],
    files: [],
    differences: null,
    written: false,
    timings: [],
  };

  const catalog = await timeStep(report, "catalog", () => loadCatalogOption(options.catalogDir, cwd));
  report.diagnostics.push(...catalog.diagnostics);

  const compiled = await timeStep(report, "compile", () =>
    compilePolicies(options.paths, { catalog: catalog.catalog, cwd }),
  );
  report.policies = compiled.policies;
  report.diagnostics.push(...compiled.diagnostics, ...compiled.policies.flatMap((policy) => policy.diagnostics));
  if (hasErrors(report.diagnostics)) {
    return report;
  }

  const generated = await timeStep(report, "generate", () =>
    generateOutputs({
      policies: compiled.policies,
      generators: options.generators ?? GENERATORS,
      catalog: catalog.catalog,
      outDir: options.outDir,
    }),
  );
  report.diagnostics.push(...generated.diagnostics);
  if (hasErrors(report.diagnostics)) {
    return report;
  }

  report.files = await timeStep(report, "format", () => formatOutputs(generated.files));

  if (options.check) {
    report.differences = await timeStep(report, "compare", () =>
      compareOutputs(path.resolve(cwd, options.outDir), report.files),
    );
    return report;
  }
  const unsafe = checkOutputFolder(options.outDir, cwd);
  if (unsafe !== null) {
    report.diagnostics.push(unsafe);
    return report;
  }
  await timeStep(report, "write", () =>
    writeOutputs(path.resolve(cwd, options.outDir), [...report.files, buildOutputMarker()]),
  );
  report.written = true;
  return report;
}

async function timeStep<T>(report: BuildReport, step: StepTiming["step"], run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  report.timings.push({ step, milliseconds: Math.round(performance.now() - started) });
  return result;
}
