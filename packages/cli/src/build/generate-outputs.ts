// Runs every generator on every compiled policy and collects their files under
// `<policy name>/<folder>/`. Generators receive a frozen IR, so one cannot change what the next sees.

import path from "node:path";
import { buildDiagnostic, type Catalog, type Diagnostic } from "@fieldpolicy/core";
import { locateDiagnostic, type CompiledPolicy } from "@fieldpolicy/compiler";
import { deepFreeze } from "./deep-freeze";
import type { RegisteredGenerator } from "./generators";
import type { OutputFile } from "./output-file";

/** Codes of problems with a generator itself rather than with the policy. */
export const GENERATOR_CODES = {
  /** A generator threw. */
  failed: "FP5002",
  /** A generator returned a path that is absolute, leaves its folder or repeats another file's path. */
  invalidPath: "FP5003",
} as const;

/** Options of `generateOutputs`. */
export interface GenerateOutputsOptions {
  policies: readonly CompiledPolicy[];
  generators: readonly RegisteredGenerator[];
  catalog: Catalog | null;
  outDir: string;
}

/** Files and diagnostics of every generator for every policy that compiled to an IR. */
export function generateOutputs(options: GenerateOutputsOptions): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seenPaths = new Set<string>();

  for (const policy of options.policies) {
    if (policy.ir === null) {
      continue;
    }
    const ir = deepFreeze(policy.ir);
    const context = { catalog: options.catalog, policyFile: policy.file, options: { outDir: options.outDir } };

    for (const generator of options.generators) {
      let result;
      try {
        result = generator.generate(ir, context);
      } catch (error) {
        diagnostics.push({
          ...buildDiagnostic({
            code: GENERATOR_CODES.failed,
            message: `The ${generator.name} generator failed on ${policy.file}: ${error instanceof Error ? error.message : String(error)}.`,
            hint: "This is a bug in fieldpolicy; please report it with the policy that triggers it.",
          }),
          file: policy.file,
        });
        continue;
      }

      for (const diagnostic of result.diagnostics) {
        const located = locateDiagnostic(diagnostic, policy.sourceMap);
        diagnostics.push(located.file === null ? { ...located, file: policy.file } : located);
      }
      for (const file of result.files) {
        const outputPath = joinOutputPath(ir.name, generator.folder, file.path);
        if (outputPath === null || seenPaths.has(outputPath)) {
          diagnostics.push({
            ...buildDiagnostic({
              code: GENERATOR_CODES.invalidPath,
              message: `The ${generator.name} generator returned the file path "${file.path}", which is ${outputPath === null ? "outside its folder" : "already taken by another file"}.`,
              hint: "This is a bug in the generator; each file needs its own relative path.",
            }),
            file: policy.file,
          });
          continue;
        }
        seenPaths.add(outputPath);
        files.push({ path: outputPath, contents: file.contents, policy: ir.name, generator: generator.name });
      }
    }
  }

  return { files, diagnostics };
}

/** Joins a generated path under the policy's folder, or returns null when it would leave it. */
function joinOutputPath(policy: string, folder: string, file: string): string | null {
  const joined = path.posix.normalize(path.posix.join(policy, folder, file));
  const inside = joined.startsWith(`${policy}/`) && !path.posix.isAbsolute(file) && !file.includes("\\");
  return inside && !file.split("/").includes("..") ? joined : null;
}
