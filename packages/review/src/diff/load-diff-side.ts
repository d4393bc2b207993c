// Resolves one side of `fieldpolicy diff` to compiled policies: a policy file, a folder of
// policies, or a git revision of the policy folder (`main`, `HEAD~1`, `main:policies`).

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sha256Hex, type Diagnostic, type PolicyIR } from "@fieldpolicy/core";
import { compilePolicies, DEFAULT_POLICY_PATHS, SEMANTIC_CHECKS, type CompiledPolicy } from "@fieldpolicy/compiler";

/** One side of a diff, compiled. */
export interface DiffSide {
  /** The side as the user wrote it. */
  label: string;
  policies: PolicyIR[];
  /** Problems that kept a policy of this side from compiling. */
  diagnostics: Diagnostic[];
  compiled: CompiledPolicy[];
}

/** Loads one side of a diff; `cwd` is the repository root for git revisions. */
export function loadDiffSide(side: string, cwd: string): DiffSide {
  const target = existsSync(path.resolve(cwd, side)) ? side : materializeRevision(side, cwd);
  // A diff must show a risky change even when the head no longer passes the semantic checks
  // (a consent field synced hourly), so it compares schema-valid policies; `check` reports the rest.
  // The checks keep their codes, so waivers in the policy still name known checks.
  const silentChecks = SEMANTIC_CHECKS.map((check) => ({ ...check, run: () => [] }));
  const compiled = compilePolicies([target], { cwd, checks: silentChecks });
  const diagnostics = [...compiled.diagnostics, ...compiled.policies.flatMap((policy) => policy.diagnostics)];
  return {
    label: side,
    policies: compiled.policies.flatMap((policy) => (policy.ir === null ? [] : [policy.ir])),
    diagnostics,
    compiled: compiled.policies,
  };
}

/**
 * Writes the policy folder of a git revision under .fieldpolicy/ in the repository, so its imports
 * of @fieldpolicy/core resolve as they do for the working tree (the loader treats files under
 * node_modules as library code, not policy code). Returns the folder.
 */
function materializeRevision(side: string, cwd: string): string {
  const separator = side.indexOf(":");
  const revision = separator === -1 ? side : side.slice(0, separator);
  const folder = separator === -1 ? (DEFAULT_POLICY_PATHS[0] ?? "policies") : side.slice(separator + 1);

  const files = runGit(["ls-tree", "-r", "--name-only", revision, "--", folder], cwd, side)
    .split("\n")
    .filter((file) => file.endsWith(".ts"));
  if (files.length === 0) {
    throw new DiffInputError(
      `${side} is neither a file, a folder nor a git revision with TypeScript files under ${folder}/.`,
    );
  }

  const target = path.join(cwd, ".fieldpolicy", "diff", sha256Hex(side).slice(0, 16));
  rmSync(target, { recursive: true, force: true });
  for (const file of files) {
    const destination = path.join(target, file);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, runGit(["show", `${revision}:${file}`], cwd, side));
  }
  return path.relative(cwd, path.join(target, folder));
}

function runGit(args: string[], cwd: string, side: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const detail = error instanceof Error && "stderr" in error ? String(error.stderr).trim() : String(error);
    throw new DiffInputError(`${side} is neither a file, a folder nor a readable git revision: ${detail}`);
  }
}

/** A diff side that cannot be read; the command reports it and exits 2. */
export class DiffInputError extends Error {}
