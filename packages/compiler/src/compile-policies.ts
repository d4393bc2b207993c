// Compiles several policies: each path is a policy file or a folder of `*.policy.ts` files. Files
// share one TypeScript project, so library files are parsed once.

import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildDiagnostic, type Diagnostic } from "@fieldpolicy/core";
import { compilePolicy, type CompiledPolicy, type CompileOptions } from "./compile-policy";
import { LOAD_CODES, PIPELINE_CODES } from "./diagnostic-codes";
import { createPolicyProject } from "./load/create-policy-project";
import { toDisplayPath } from "./load/locate-node";
import { resolveLocation } from "./source-map";

/** The folder compiled when no path is given. */
export const DEFAULT_POLICY_PATHS: readonly string[] = ["policies"];

/**
 * Finds the folder to read when no path is given: `policies/` in the working folder, else in the
 * nearest folder above it, up to the project root (the first folder with a package.json). So a
 * command typed inside `policies/` or another folder of the project reads the project's policies.
 */
export function findDefaultPolicyPaths(cwd: string): string[] {
  // Outside a project (no package.json up to the file system root) nothing above is searched, so
  // an unrelated policies/ folder higher up is never read.
  const root = findProjectRoot(path.resolve(cwd));
  if (root === null) {
    return [...DEFAULT_POLICY_PATHS];
  }
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, DEFAULT_POLICY_PATHS[0]!);
    if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory() === true) {
      return [path.relative(cwd, candidate) || "."];
    }
    if (folder === root) {
      return [...DEFAULT_POLICY_PATHS];
    }
  }
}

function findProjectRoot(start: string): string | null {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "package.json"))) {
      return folder;
    }
    if (path.dirname(folder) === folder) {
      return null;
    }
  }
}

/** The result of compiling several policies. */
export interface CompiledPolicies {
  /** One entry per policy file, in path order. */
  policies: CompiledPolicy[];
  /** Problems that concern no single policy or several at once: a path without policies, a repeated name. */
  diagnostics: Diagnostic[];
}

/** Compiles every policy the paths name. A folder stands for the `*.policy.ts` files directly in it. */
export function compilePolicies(
  paths: readonly string[] = DEFAULT_POLICY_PATHS,
  options: CompileOptions = {},
): CompiledPolicies {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();

  for (const requestedPath of paths.length === 0 ? findDefaultPolicyPaths(cwd) : paths) {
    const found = findPolicyFiles(path.resolve(cwd, requestedPath));
    if (found === null && requestedPath.endsWith(".ts")) {
      // A missing policy file goes through compilePolicy, which reports it with its own message.
      files.add(path.resolve(cwd, requestedPath));
    } else if (found === null) {
      const displayPath = toDisplayPath(path.resolve(cwd, requestedPath), cwd);
      diagnostics.push({
        ...buildDiagnostic({
          code: LOAD_CODES.fileNotFound,
          message: `The path ${displayPath} does not exist.`,
          hint: "Pass policy files or folders of *.policy.ts files; without paths, the policies/ folder is read.",
        }),
        file: displayPath,
      });
    } else if (found.length === 0) {
      diagnostics.push({
        ...buildDiagnostic({
          code: PIPELINE_CODES.noPolicyFiles,
          message: `The folder ${toDisplayPath(path.resolve(cwd, requestedPath), cwd) || "."} contains no *.policy.ts file.`,
          hint: "Name policy files `<name>.policy.ts`, or pass the path of a policy file.",
        }),
        file: toDisplayPath(path.resolve(cwd, requestedPath), cwd),
      });
    } else {
      found.forEach((file) => files.add(file));
    }
  }

  const project = options.project ?? createPolicyProject();
  const policies = [...files].sort().map((file) => compilePolicy(file, { ...options, cwd, project }));
  diagnostics.push(...checkDuplicateNames(policies));
  return { policies, diagnostics };
}

/** Lists the policy files of a folder, or returns the path itself for a file; null when nothing exists there. */
function findPolicyFiles(absolutePath: string): string[] | null {
  let isFolder: boolean;
  try {
    isFolder = statSync(absolutePath).isDirectory();
  } catch {
    return null;
  }
  if (!isFolder) {
    return [absolutePath];
  }
  return readdirSync(absolutePath, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".policy.ts"))
    .map((entry) => path.join(absolutePath, entry.name))
    .sort();
}

function checkDuplicateNames(policies: readonly CompiledPolicy[]): Diagnostic[] {
  const byName = new Map<string, CompiledPolicy[]>();
  for (const policy of policies) {
    if (policy.ir !== null) {
      byName.set(policy.ir.name, [...(byName.get(policy.ir.name) ?? []), policy]);
    }
  }

  const diagnostics: Diagnostic[] = [];
  for (const [name, sharing] of byName) {
    if (sharing.length < 2) {
      continue;
    }
    const files = sharing.map((policy) => policy.file).join(" and ");
    for (const policy of sharing.slice(1)) {
      const location = resolveLocation(policy.sourceMap, "/name");
      diagnostics.push({
        ...buildDiagnostic({
          code: PIPELINE_CODES.duplicatePolicyName,
          message: `The policy name "${name}" is used by ${files}; each policy needs its own name, because outputs are written to a folder named after it.`,
          path: "/name",
          hint: "Rename one of the policies.",
        }),
        ...(location ?? { file: policy.file }),
      });
    }
  }
  return diagnostics;
}
