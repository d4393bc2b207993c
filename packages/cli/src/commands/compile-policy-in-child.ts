// Compiles a policy source in a short-lived child process and returns its IR, for `resolve`. V8
// keeps the heap that loading the TypeScript compiler and checking the policy grew, so a process
// that compiles its own policy streamed 1,000,000 conflicts with about 65 MB more peak resident
// memory (bench/resolve.bench.ts). The child exits before the stream starts, and its memory
// goes back to the system.
//
// The child runs the launcher of `pnpm fieldpolicy` (scripts/fieldpolicy.mjs) with the hidden
// `compile-policy` command. Bundled modules see their source file as `import.meta.url` (see
// packages/cli/scripts/bundle-source-locations.mjs), so no module can name the chunk it runs
// from, and only the launcher reads the manifest that names the current build. The launcher runs
// the child from that build, or from the sources through tsx when bundling fails. A parent that
// itself runs from the sources (tsx, tests) starts the child the same way.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { PolicyIR } from "@fieldpolicy/core";
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "../exit-codes";
import { findIrSchemaProblem } from "./check-policy-ir";
import { endChildWithParent } from "./end-child-with-parent";
import { COMPILE_POLICY_COMMAND, type CompilePolicyOutput } from "./compile-policy";

const LAUNCHER = fileURLToPath(new URL("../../../../scripts/fieldpolicy.mjs", import.meta.url));

// While the child compiles, the parent waits with about 60 MB resident. V8's --optimize-for-size
// brings the child's peak on policies/lead.policy.ts from about 164 to 128 MB, so the two
// together peak at about 185 MB rather than 220 MB (the stream alone peaks at about 175 MB). It
// costs 0.05 s, and 0.4 s on a generated 1,000-field policy (1.45 to 1.85 s). Measured with GNU
// time and the sampler of bench/process-tree-memory.ts on Node 20.20, 2 CPUs.
const CHILD_NODE_OPTIONS = ["--optimize-for-size"];

/** The IR the child compiled, or why there is none with the exit code the command should return. */
export type ChildCompileResult = { ok: true; ir: PolicyIR } | { ok: false; message: string; exitCode: number };

/** The end of the child process: its exit code or signal, or the error that kept it from starting. */
interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  startError: Error | null;
  stdout: string;
}

/**
 * Compiles the policy `file`, relative to the working directory, in a child process. The child
 * prints the diagnostics of a policy with errors to this process's standard error, as an
 * in-process compile does. Any other way the child ends (killed, crashed, output that is not a
 * whole IR) is a failure whose message names the policy, and no part of such output is used.
 */
export async function compilePolicyInChild(file: string): Promise<ChildCompileResult> {
  const exit = await runChild(file);
  if (exit.startError !== null) {
    return fail(file, `failed to start: ${exit.startError.message}`);
  }
  if (exit.signal !== null) {
    return fail(file, `was killed by ${exit.signal}`);
  }

  const output = parseOutput(exit.stdout);
  if (output !== null && "hasErrors" in output && exit.code === EXIT_INPUT_ERRORS) {
    return { ok: false, message: `the policy ${file} has errors. Fix them and run the command again.`, exitCode: EXIT_INPUT_ERRORS };
  }
  if (output === null || !("ir" in output) || exit.code !== EXIT_OK) {
    const reason = exit.code === EXIT_OK ? "wrote output that is not a compile result" : `exited with code ${exit.code}`;
    return fail(file, reason);
  }

  const problem = findIrSchemaProblem(output.ir);
  if (problem !== null) {
    return fail(file, `returned an IR that does not match the schema (${problem})`);
  }
  return { ok: true, ir: output.ir };
}

// Standard input stays the parent's, because it may be the conflicts `resolve` reads. Standard
// error is shared, so the diagnostics reach the terminal, colored as before, without a copy here.
// Standard output is collected whole and read only after the child has exited. While the child
// runs, a signal that ends this process ends the child too.
// NOTE: there is no time limit, so a compile that never ends keeps `resolve` waiting, as it would
// in one process.
function runChild(file: string): Promise<ChildExit> {
  // `--` ends the options, so a file name that starts with a dash stays a file name.
  const args = [...CHILD_NODE_OPTIONS, LAUNCHER, COMPILE_POLICY_COMMAND, "--", file];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));

  const releaseChild = endChildWithParent(child);

  return new Promise((resolve) => {
    // "error" without "close" means the process never ran. An error after "close" changes nothing.
    child.once("error", (error) => {
      releaseChild();
      resolve({ code: null, signal: null, startError: error, stdout: "" });
    });
    child.once("close", (code, signal) => {
      releaseChild();
      resolve({ code, signal, startError: null, stdout: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

function parseOutput(text: string): CompilePolicyOutput | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || !("ir" in parsed || "hasErrors" in parsed)) {
    return null;
  }
  // Only the key is checked here. The IR itself is checked against the schema by the caller.
  return parsed as CompilePolicyOutput;
}

function fail(file: string, reason: string): ChildCompileResult {
  return {
    ok: false,
    message:
      `the policy ${file} could not be compiled, because the child process that compiles it ${reason}. ` +
      `Run \`fieldpolicy check ${file}\` to compile it on its own, or pass the ir.json that \`fieldpolicy build\` wrote.`,
    exitCode: EXIT_USAGE,
  };
}
