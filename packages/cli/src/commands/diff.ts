// `fieldpolicy diff BASE HEAD`: the semantic changes between two versions of the policies, for a
// pull-request review.

import { type PolicyIR } from "@fieldpolicy/core";
import {
  diffPolicies,
  DiffInputError,
  loadDiffSide,
  reachesSeverity,
  renderDiff,
  type ChangeSeverity,
  type DiffFormat,
  type PolicyChange,
} from "@fieldpolicy/review";
import { Option, type Command } from "commander";
import { reportDiagnostics } from "../build/report-diagnostics";
import { reportInternalError } from "../build/report-internal-error";
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "../exit-codes";

interface DiffCommandOptions {
  format: DiffFormat;
  failOn: Extract<ChangeSeverity, "error" | "warning">;
}

/** Adds `diff` to the program. */
export function registerDiffCommand(program: Command): void {
  program
    .command("diff")
    .description(
      "List the semantic changes between two versions of the policies, with a severity each. Exit 0 when nothing reaches --fail-on, 1 when something does, 2 on usage or input errors.",
    )
    .argument(
      "<base>",
      "the old side: a policy file, a folder, or a git revision of the policy folder (main, HEAD~1, main:policies)",
    )
    .argument("<head>", "the new side, in the same forms")
    .addOption(new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
    .addOption(
      new Option("--fail-on <severity>", "lowest severity that makes the command exit 1")
        .choices(["error", "warning"])
        .default("error"),
    )
    .action((base: string, head: string, options: DiffCommandOptions) => {
      try {
        runDiff(base, head, options);
      } catch (error) {
        if (error instanceof DiffInputError) {
          process.stderr.write(`fieldpolicy diff: ${error.message}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        reportInternalError(error);
      }
    });
}

function runDiff(base: string, head: string, options: DiffCommandOptions): void {
  const cwd = process.cwd();
  const sides = [loadDiffSide(base, cwd), loadDiffSide(head, cwd)] as const;

  for (const side of sides) {
    if (side.diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
      process.stderr.write(`fieldpolicy diff: ${side.label} does not compile; fix these problems first.\n`);
      reportDiagnostics(side.diagnostics, { format: "text", policies: side.compiled, cwd });
      process.exitCode = EXIT_USAGE;
      return;
    }
  }

  const changes = diffPolicySets(sides[0].policies, sides[1].policies);
  process.stdout.write(renderDiff(changes, options.format));
  process.exitCode = changes.some((change) => reachesSeverity(change.severity, options.failOn))
    ? EXIT_INPUT_ERRORS
    : EXIT_OK;
}

/** Pairs policies by name; a policy on one side only is itself a change. */
function diffPolicySets(before: readonly PolicyIR[], after: readonly PolicyIR[]): PolicyChange[] {
  const names = [...new Set([...before, ...after].map((policy) => policy.name))].sort();
  return names.flatMap((name): PolicyChange[] => {
    const old = before.find((policy) => policy.name === name);
    const current = after.find((policy) => policy.name === name);
    if (old !== undefined && current !== undefined) {
      return diffPolicies(old, current);
    }
    const removed = current === undefined;
    return [
      {
        severity: removed ? "error" : "info",
        kind: removed ? "policy-removed" : "policy-added",
        policy: name,
        object: null,
        field: null,
        message: removed
          ? `Policy ${name} removed, so none of its fields is governed any more.`
          : `Policy ${name} added.`,
        path: "",
        before: old ?? null,
        after: current ?? null,
      },
    ];
  });
}
