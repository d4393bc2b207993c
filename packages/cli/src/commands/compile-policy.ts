// `fieldpolicy compile-policy`, a hidden command: the child process in which `resolve` compiles a
// policy source, so the TypeScript compiler never enters the heap of the long resolve stream (see
// compile-policy-in-child.ts). It prints the compiler's diagnostics to standard error as
// `--policy` does in any command, and writes one JSON document to standard output for the parent.

import type { PolicyIR } from "@fieldpolicy/core";
import type { Command } from "commander";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK } from "../exit-codes";
import { compilePolicySource } from "./compile-policy-source";

/** Name of the hidden command, which the parent passes on the child's command line. */
export const COMPILE_POLICY_COMMAND = "compile-policy";

/**
 * The JSON document the child writes to standard output: the IR with exit code 0, or
 * `hasErrors` with exit code 1 once the diagnostics are on standard error. The parent trusts
 * only this pair, because Node also exits with 1 on an uncaught exception.
 */
export type CompilePolicyOutput = { ir: PolicyIR } | { hasErrors: true };

/** Adds the hidden `compile-policy` command to the program. */
export function registerCompilePolicyCommand(program: Command): void {
  program
    .command(COMPILE_POLICY_COMMAND, { hidden: true })
    .description("Compile a policy file and write its IR as JSON to standard output, for `resolve`.")
    .argument("<file>", "policy file (*.policy.ts)")
    .action(async (file: string) => {
      try {
        process.exitCode = await runCompilePolicy(file);
      } catch (error) {
        reportInternalError(error);
      }
    });
}

async function runCompilePolicy(file: string): Promise<number> {
  const ir = await compilePolicySource(file);
  if (ir === null) {
    writeOutput({ hasErrors: true });
    return EXIT_INPUT_ERRORS;
  }
  writeOutput({ ir });
  return EXIT_OK;
}

// Node flushes the write before the process exits on its own, and nothing here calls
// process.exit, so the parent reads the whole document.
function writeOutput(output: CompilePolicyOutput): void {
  process.stdout.write(JSON.stringify(output));
}
