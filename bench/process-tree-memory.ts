// Peak memory of a command together with every process it starts. GNU time's "Maximum resident
// set size" is the peak of the largest single process, so a command that hands work to a child
// process would look smaller than it is. This samples the summed resident memory of the whole
// process tree instead, from Linux's /proc.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";

/** Wall time, exit code and peak memory of one run of a command. */
export interface ProcessTreeRun {
  /** Largest sum of VmRSS over the command and its descendants seen in one sample, in kilobytes. */
  peakRssKilobytes: number;
  /** Wall time from the start of the command to its exit, in seconds. */
  seconds: number;
  exitCode: number | null;
  /** How many samples were taken, so a reader can tell a run too short to sample. */
  samples: number;
}

/** Options of `runSamplingTreeMemory`. */
export interface TreeSamplingOptions {
  cwd: string;
  /** Time between two samples, in milliseconds. @default 20 */
  intervalMs?: number;
}

/**
 * Runs `command` with its standard output discarded and its standard error shown, and samples
 * the summed resident memory of the command and all its descendants every `intervalMs` until it
 * exits.
 *
 * NOTE: a peak shorter than one interval between two samples can be missed. VmRSS counts pages
 * that processes share (the node binary, shared libraries) once per process, so the sum
 * overstates the tree's physical memory rather than understating it.
 */
export async function runSamplingTreeMemory(command: string, args: readonly string[], options: TreeSamplingOptions): Promise<ProcessTreeRun> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "ignore", "inherit"] });
  // Rejects with spawn's error (such as ENOENT) when the command cannot start.
  await once(child, "spawn");
  // A child that emitted "spawn" has a process id.
  const rootPid = child.pid!;

  let peakRssKilobytes = 0;
  let samples = 0;
  const sample = (): void => {
    peakRssKilobytes = Math.max(peakRssKilobytes, sumTreeRssKilobytes(rootPid));
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 20);

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  }).finally(() => clearInterval(timer));

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { peakRssKilobytes, seconds, exitCode, samples };
}

/** Sums VmRSS over `rootPid` and every process descended from it, as /proc shows them now. */
export function sumTreeRssKilobytes(rootPid: number): number {
  const childrenByParent = listChildrenByParent();
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += readRssKilobytes(pid);
    pending.push(...(childrenByParent.get(pid) ?? []));
  }
  return total;
}

// /proc/<pid>/task/<tid>/children exists only in kernels built with CONFIG_PROC_CHILDREN, so the
// tree is rebuilt from each process's parent id.
function listChildrenByParent(): Map<number, number[]> {
  const childrenByParent = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) {
      continue;
    }
    const parent = readParentPid(name);
    if (parent === undefined) {
      continue;
    }
    const siblings = childrenByParent.get(parent) ?? [];
    siblings.push(Number(name));
    childrenByParent.set(parent, siblings);
  }
  return childrenByParent;
}

// The parent id is the second field after the command name, which is in parentheses and may
// itself contain spaces and parentheses, so the fields are counted from its last ")".
function readParentPid(pid: string): number | undefined {
  const stat = readProcFile(`/proc/${pid}/stat`);
  if (stat === undefined) {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[1]);
}

// A zombie has no VmRSS line, and a process that exited since the listing has no file: both count 0.
function readRssKilobytes(pid: number): number {
  const status = readProcFile(`/proc/${pid}/status`);
  const match = status === undefined ? null : /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match === null ? 0 : Number(match[1]);
}

function readProcFile(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    // The process exited between listing /proc and reading its file.
    return undefined;
  }
}
