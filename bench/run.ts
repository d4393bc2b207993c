// Runs the benchmarks behind docs/benchmarks.md. `pnpm bench` runs all of them; `pnpm bench NAME…`
// runs the named ones. Each benchmark prints its own Markdown table.

import { renderCheckBench, runCheckBench } from "./check.bench";
import { renderResolveBench, runResolveBench } from "./resolve.bench";
import { renderStoreBench, runStoreBench } from "./store.bench";

/** One benchmark: a name to select it by and a function that runs it and returns its report. */
interface Benchmark {
  name: string;
  run(): Promise<string> | string;
}

const BENCHMARKS: Benchmark[] = [{ name: "check", run: () => renderCheckBench(runCheckBench()) }];
BENCHMARKS.push({ name: "store", run: async () => renderStoreBench(await runStoreBench()) });
BENCHMARKS.push({ name: "resolve", run: async () => renderResolveBench(await runResolveBench()) });

const selected = process.argv.slice(2);
const unknown = selected.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name));
if (unknown.length > 0) {
  process.stderr.write(`Unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.map((benchmark) => benchmark.name).join(", ")}.\n`);
  process.exitCode = 2;
} else {
  for (const benchmark of BENCHMARKS) {
    if (selected.length > 0 && !selected.includes(benchmark.name)) {
      continue;
    }
    process.stdout.write(`## ${benchmark.name}\n\n${await benchmark.run()}\n`);
  }
}
