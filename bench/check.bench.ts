// Benchmark of `fieldpolicy check` beside the TypeScript compiler on the same files: the default
// policy, and a generated policy of 1,000 fields over 5 objects. `check` and `tsc` each run in a
// fresh process, so their times include Node's start-up. `check` runs through the launcher that
// `pnpm fieldpolicy` runs (scripts/fieldpolicy.mjs, which starts the command line's JavaScript
// bundle), without pnpm's own start-up. `compilePolicies` also runs in this process, for the
// compiler's time alone. `tsc --noEmit` runs once with TypeScript 6.0.2
// (the `typescript` package, JavaScript) and once with TypeScript 7.0.2 (the `typescript7` alias,
// the native compiler). Run by `pnpm bench` through bench/run.ts, or alone with
// `pnpm exec tsx bench/check.bench.ts`. BENCH_RUNS sets the number of runs per subject (default 5).

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compilePolicies } from "../packages/compiler/src/index";
import { renderLargePolicy } from "./render-large-policy";

const REPOSITORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK_FOLDER = path.join(REPOSITORY, ".bench/check");
const require = createRequire(import.meta.url);
const CORE_ENTRY = path.join(REPOSITORY, "packages/core/src/index.ts");
const DEFAULT_RUNS = 5;

/** Median seconds of each subject on one input. */
export interface CheckBenchResult {
  input: string;
  fields: number;
  checkSeconds: number;
  compileInProcessSeconds: number;
  tsc6Seconds: number;
  tsc7Seconds: number;
  errors: number;
}

/** Runs the benchmark on both inputs and returns the medians. */
export function runCheckBench(runs = Number(process.env["BENCH_RUNS"] ?? DEFAULT_RUNS)): CheckBenchResult[] {
  mkdirSync(WORK_FOLDER, { recursive: true });
  const largePolicy = path.join(WORK_FOLDER, "large.policy.ts");
  writeFileSync(largePolicy, renderLargePolicy({ objects: 5, fieldsPerObject: 200 }), "utf8");

  return [
    measureInput({ input: "policies/lead.policy.ts", file: path.join(REPOSITORY, "policies/lead.policy.ts"), runs }),
    measureInput({ input: "generated 1,000-field policy", file: largePolicy, runs }),
  ];
}

function measureInput(options: { input: string; file: string; runs: number }): CheckBenchResult {
  const tsconfig = writeTsconfig(options.file);
  const tsc6 = require.resolve("typescript/bin/tsc");
  const tsc7 = path.join(path.dirname(require.resolve("typescript7/package.json")), "bin/tsc");
  const launcher = path.join(REPOSITORY, "scripts/fieldpolicy.mjs");

  const compiled = compilePolicies([options.file], { cwd: REPOSITORY });
  const policy = compiled.policies[0];
  const errors = (policy?.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === "error").length;

  // One untimed run first, so a bundle that is stale or missing is rebuilt outside the timing.
  timeProcess(process.execPath, [launcher, "check", options.file]);

  return {
    input: options.input,
    fields: policy?.ir === null || policy === undefined ? 0 : Object.keys(policy.ir.fields).length,
    checkSeconds: median(options.runs, () => timeProcess(process.execPath, [launcher, "check", options.file])),
    compileInProcessSeconds: median(options.runs, () => timeCall(() => compilePolicies([options.file], { cwd: REPOSITORY }))),
    tsc6Seconds: median(options.runs, () => timeProcess(process.execPath, [tsc6, "--noEmit", "-p", tsconfig])),
    tsc7Seconds: median(options.runs, () => timeProcess(process.execPath, [tsc7, "--noEmit", "-p", tsconfig])),
    errors,
  };
}

/** Writes a tsconfig with the options the compiler checks policies with, for the one file. */
function writeTsconfig(file: string): string {
  const tsconfig = path.join(WORK_FOLDER, `tsconfig.${path.basename(file, ".policy.ts")}.json`);
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2023"],
    module: "ESNext",
    moduleResolution: "Bundler",
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noEmit: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    types: [],
    paths: { "@fieldpolicy/core": [CORE_ENTRY] },
  };
  writeFileSync(tsconfig, `${JSON.stringify({ compilerOptions, files: [file] }, null, 2)}\n`, "utf8");
  return tsconfig;
}

function timeProcess(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: REPOSITORY, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  // check exits 1 on input errors. tsc exits 1 or 2 on type errors: with Node's types left out, as
  // the compiler leaves them out, it reports `node:crypto` in @fieldpolicy/core. Anything else means
  // the run broke.
  if (run.status === null || run.status > 2) {
    throw new Error(`${path.basename(command)} ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
  }
  return seconds;
}

function timeCall(call: () => unknown): number {
  const started = performance.now();
  call();
  return (performance.now() - started) / 1000;
}

function median(runs: number, measure: () => number): number {
  const times = Array.from({ length: runs }, measure).sort((left, right) => left - right);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
}

/** Renders the results as a Markdown table with the ratios to each tsc. */
export function renderCheckBench(results: readonly CheckBenchResult[]): string {
  const lines = [
    "| input | fields | `fieldpolicy check` (process) | compile in process | `tsc --noEmit` 6.0.2 | `tsc --noEmit` 7.0.2 | check / tsc 6 | check / tsc 7 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const result of results) {
    lines.push(
      `| ${result.input} | ${result.fields} | ${result.checkSeconds.toFixed(2)} s | ${result.compileInProcessSeconds.toFixed(2)} s | ${result.tsc6Seconds.toFixed(2)} s | ${result.tsc7Seconds.toFixed(2)} s | ${(result.checkSeconds / result.tsc6Seconds).toFixed(2)} | ${(result.checkSeconds / result.tsc7Seconds).toFixed(2)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(renderCheckBench(runCheckBench()));
}
