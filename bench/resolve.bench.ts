// Benchmark of conflict resolution on the default policy. Six subjects decide the same generated
// conflicts on one core, in one process. Two are fieldpolicy's: the resolver module that
// `fieldpolicy build` generates, and the resolver reading the IR. Three are a plain hand-written
// resolver of the same field table, returning the value and outcome only, those plus the decision
// id, or full decisions. The last is the table as json-rules-engine 7.3.1 rules.
// Each reports field decisions per second (median of BENCH_RUNS passes, default 5, taken in turns
// with the other subjects after one warm-up pass) and how many decisions agree with fieldpolicy's
// on value and outcome. A second part streams BENCH_MEMORY_CONFLICTS generated conflicts (default
// 1,000,000) through `fieldpolicy resolve`, once with the policy's built ir.json and once with its
// source. It reports each run's wall time and the peak of the summed resident memory of the
// command and every process it starts (sampled from /proc every 20 ms, so Linux only). Run by
// `pnpm bench` through bench/run.ts, or alone with `pnpm exec tsx bench/resolve.bench.ts`.

import { spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderCanonicalJson, type ConflictInput, type Decision, type PolicyIR } from "../packages/core/src/index";
import { compilePolicy } from "../packages/compiler/src/index";
import { computeDecisionId, createResolver } from "../packages/runtime/src/index";
import { generateResolver } from "../generators/resolver/src/index";
import { createHandWrittenFullResolver, createHandWrittenResolver, type HandWrittenDecision } from "./hand-written-resolver";
import { createRulesEngineResolver } from "./json-rules-engine-resolver";
import { runSamplingTreeMemory } from "./process-tree-memory";
import { BENCH_NOW, buildBenchUsers, generateConflict } from "./resolve-workload";

const REPOSITORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK_FOLDER = path.join(REPOSITORY, ".bench/resolve");
const DEFAULT_CONFLICTS = 20_000;
const DEFAULT_RUNS = 5;
const DEFAULT_MEMORY_CONFLICTS = 1_000_000;

/** Throughput of one subject. */
export interface SubjectResult {
  subject: string;
  decisionsPerSecond: number;
  /** Decisions whose value and outcome equal fieldpolicy's, out of `conflicts`. */
  agreeing: number;
}

/** Everything the benchmark measured. */
export interface ResolveBenchResult {
  conflicts: number;
  runs: number;
  subjects: SubjectResult[];
  /**
   * One run of `fieldpolicy resolve` per form of `--policy`. `peakRssMegabytes` is the peak of the
   * resident memory summed over the command and every process it starts.
   */
  memory: { policy: string; conflicts: number; peakRssMegabytes: number; seconds: number; exitCode: number | null }[] | null;
}

/** Runs both parts of the benchmark. */
export async function runResolveBench(): Promise<ResolveBenchResult> {
  const conflictCount = Number(process.env["BENCH_CONFLICTS"] ?? DEFAULT_CONFLICTS);
  const runs = Number(process.env["BENCH_RUNS"] ?? DEFAULT_RUNS);
  const memoryConflicts = Number(process.env["BENCH_MEMORY_CONFLICTS"] ?? DEFAULT_MEMORY_CONFLICTS);

  const ir = compilePolicy("policies/lead.policy.ts", { cwd: REPOSITORY }).ir!;
  const users = buildBenchUsers();
  const conflicts = Array.from({ length: conflictCount }, (_, index) => generateConflict(index));

  // Each pass uses a fresh session, so echo and bulk-flip state never carries between passes.
  const decideWithIr = (): Decision[] => {
    const resolver = createResolver(ir, { now: BENCH_NOW, users });
    return conflicts.map((conflict) => resolver.resolve(conflict));
  };
  const generated = await loadGeneratedResolver(ir);
  const decideWithGenerated = (): Decision[] => {
    const resolver = generated.createResolver({ now: BENCH_NOW, users });
    return conflicts.map((conflict) => resolver.resolveInput(conflict));
  };
  const handWritten = createHandWrittenResolver(users, BENCH_NOW);
  const handWrittenFull = createHandWrittenFullResolver(users, BENCH_NOW);
  // The plain baseline plus only the decision id every full decision carries. It shows what the
  // id alone costs on this machine, apart from the rest of a decision.
  const decideWithId = (conflict: ConflictInput): HandWrittenDecision & { id: string } => ({
    ...handWritten(conflict),
    id: computeDecisionId(conflict),
  });
  const rulesEngine = createRulesEngineResolver(ir, users);
  const decideWithRulesEngine = async (): Promise<HandWrittenDecision[]> => {
    const decisions: HandWrittenDecision[] = [];
    for (const conflict of conflicts) {
      decisions.push(await rulesEngine(conflict));
    }
    return decisions;
  };

  const reference = decideWithIr();
  const subjects = await measureSubjects(runs, conflicts.length, reference, [
    { subject: "generated resolver module", decide: decideWithGenerated },
    { subject: "fieldpolicy resolver (IR)", decide: decideWithIr },
    { subject: "hand-written resolver, value and outcome", decide: () => conflicts.map(handWritten) },
    { subject: "hand-written resolver, value, outcome and decision id", decide: () => conflicts.map(decideWithId) },
    { subject: "hand-written resolver, full decisions", decide: () => conflicts.map(handWrittenFull) },
    { subject: "json-rules-engine 7.3.1", decide: decideWithRulesEngine },
  ]);

  const memory = memoryConflicts > 0 ? await measureCommandMemory(memoryConflicts, ir, users) : null;
  return { conflicts: conflicts.length, runs, subjects, memory };
}

/** The part of the generated resolver module the benchmark calls. */
interface GeneratedResolverModule {
  createResolver(options: { now: Date; users: ReturnType<typeof buildBenchUsers> }): { resolveInput(input: unknown): Decision };
}

// The generated files are written as `fieldpolicy build` would, without prettier, and imported
// through tsx, which strips resolver.ts's types before Node runs it.
async function loadGeneratedResolver(ir: PolicyIR): Promise<GeneratedResolverModule> {
  const folder = path.join(WORK_FOLDER, "generated");
  mkdirSync(folder, { recursive: true });
  for (const file of generateResolver(ir).files) {
    writeFileSync(path.join(folder, file.path), file.contents);
  }
  return (await import(pathToFileURL(path.join(folder, "resolver.ts")).href)) as GeneratedResolverModule;
}

/** One subject of the benchmark: a name and a function that decides every conflict once. */
interface Subject {
  subject: string;
  decide: () => Promise<readonly Pick<Decision, "value" | "outcome">[]> | readonly Pick<Decision, "value" | "outcome">[];
}

// Each subject first decides every conflict once, to warm up and to count agreement. The timed
// passes then take turns, one pass of each subject per round, so a burst of load from other
// processes slows every subject alike rather than the one that happened to run during it.
async function measureSubjects(runs: number, count: number, reference: readonly Decision[], subjects: readonly Subject[]): Promise<SubjectResult[]> {
  const agreeing: number[] = [];
  for (const { decide } of subjects) {
    const decisions = await decide();
    agreeing.push(
      decisions.filter((decision, index) => {
        const expected = reference[index]!;
        return JSON.stringify(decision.value) === JSON.stringify(expected.value) && decision.outcome === expected.outcome;
      }).length,
    );
  }

  const seconds: number[][] = subjects.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, { decide }] of subjects.entries()) {
      const started = process.hrtime.bigint();
      await decide();
      seconds[index]!.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  return subjects.map(({ subject }, index) => {
    const sorted = [...seconds[index]!].sort((left, right) => left - right);
    return { subject, decisionsPerSecond: count / sorted[Math.floor(sorted.length / 2)]!, agreeing: agreeing[index]! };
  });
}

// The conflicts are written to a file first, so the measured process reads a file as in
// production and the generator's memory is not counted. Each run writes its own temporary folder,
// so two runs at once never read each other's half-written input.
async function measureCommandMemory(count: number, ir: PolicyIR, users: ReturnType<typeof buildBenchUsers>): Promise<ResolveBenchResult["memory"]> {
  const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-resolve-bench-"));
  try {
    return await measureCommandMemoryIn(folder, count, ir, users);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Both forms `--policy` takes are measured: the ir.json a build writes, which production streams
// use, and the policy source, which `resolve` compiles first.
async function measureCommandMemoryIn(
  folder: string,
  count: number,
  ir: PolicyIR,
  users: ReturnType<typeof buildBenchUsers>,
): Promise<ResolveBenchResult["memory"]> {
  const input = path.join(folder, "conflicts.jsonl");
  const usersFile = path.join(folder, "users.json");
  const irFile = path.join(folder, "ir.json");
  writeFileSync(usersFile, JSON.stringify(users));
  writeFileSync(irFile, renderCanonicalJson(ir));
  await writeConflicts(input, count);

  // The launcher `pnpm fieldpolicy` runs: the command line's bundle, rebuilt first when stale. A
  // first run on no conflicts rebuilds a stale bundle and writes the TypeScript compiler's code
  // cache, so the measured runs' memory and time are resolve's alone.
  const launcher = path.join(REPOSITORY, "scripts/fieldpolicy.mjs");
  const empty = path.join(folder, "empty.jsonl");
  writeFileSync(empty, "");
  spawnSync(process.execPath, [launcher, "resolve", "--policy", "policies/lead.policy.ts", "--input", empty], { cwd: REPOSITORY, stdio: "ignore" });

  // One run after the other, so neither run's memory counts in the other's tree.
  const runs: NonNullable<ResolveBenchResult["memory"]> = [];
  for (const policy of [irFile, "policies/lead.policy.ts"]) {
    const args = [launcher, "resolve", "--policy", policy, "--input", input, "--users", usersFile, "--now", BENCH_NOW.toISOString()];
    const run = await runSamplingTreeMemory(process.execPath, args, { cwd: REPOSITORY });
    const label = policy === irFile ? "ir.json from a build" : policy;
    runs.push({ policy: label, conflicts: count, peakRssMegabytes: run.peakRssKilobytes / 1024, seconds: run.seconds, exitCode: run.exitCode });
  }
  return runs;
}

async function writeConflicts(file: string, count: number): Promise<void> {
  const stream = createWriteStream(file, { encoding: "utf8" });
  for (let index = 0; index < count; index += 1) {
    const line: ConflictInput = generateConflict(index);
    if (!stream.write(JSON.stringify(line) + "\n")) {
      await once(stream, "drain");
    }
  }
  stream.end();
  await once(stream, "finish");
}

/** Renders the result as Markdown tables. */
export function renderResolveBench(result: ResolveBenchResult): string {
  const rows = result.subjects.map(
    (subject) =>
      `| ${subject.subject} | ${Math.round(subject.decisionsPerSecond).toLocaleString("en-US")} | ${subject.agreeing.toLocaleString("en-US")} of ${result.conflicts.toLocaleString("en-US")} |`,
  );
  const lines = [
    `Field decisions per second on one core, ${result.conflicts.toLocaleString("en-US")} generated conflicts, median of ${result.runs} passes.`,
    "",
    "| subject | decisions per second | same value and outcome as fieldpolicy |",
    "|---|---:|---:|",
    ...rows,
  ];
  if (result.memory !== null) {
    lines.push(
      "",
      "| `fieldpolicy resolve --policy` | conflicts | peak resident memory, all processes | wall time | exit code |",
      "|---|---:|---:|---:|---:|",
      ...result.memory.map(
        (run) =>
          `| ${run.policy} | ${run.conflicts.toLocaleString("en-US")} | ${run.peakRssMegabytes.toFixed(0)} MB | ${run.seconds.toFixed(1)} s | ${run.exitCode} |`,
      ),
    );
  }
  return lines.join("\n") + "\n";
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(renderResolveBench(await runResolveBench()));
}
