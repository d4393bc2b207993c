// The example policies the generator's tests cover, compiled with the real compiler, and the
// generated module of each written to a temporary folder so tests can import and type-check it.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PolicyIR } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { generateResolver } from "../src/index";

/** The repository root, which policy paths are relative to. */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, "../../..");

/** The example policies, by policy name. */
export const EXAMPLE_POLICIES = [
  { name: "lead", file: "policies/lead.policy.ts" },
  { name: "marketo", file: "test/fixtures/examples/marketo.policy.ts" },
] as const;

/** Compiles an example policy, or throws with the compiler's diagnostics. */
export function compileExamplePolicy(file: string): PolicyIR {
  const result = compilePolicy(file, { cwd: REPOSITORY_ROOT });
  if (result.ir === null) {
    throw new Error(`${file} does not compile: ${result.diagnostics.map((error) => `${error.code} ${error.message}`).join("; ")}`);
  }
  return result.ir;
}

/** Writes the generated resolver of an IR into a new temporary folder and returns the folder. */
export function writeGeneratedModule(ir: PolicyIR): string {
  const folder = mkdtempSync(path.join(tmpdir(), `fieldpolicy-resolver-${ir.name}-`));
  for (const file of generateResolver(ir).files) {
    writeFileSync(path.join(folder, file.path), file.contents);
  }
  return folder;
}

/** The URL of resolver.ts in a folder written by `writeGeneratedModule`, for a dynamic import. */
export function resolverModuleUrl(folder: string): string {
  return pathToFileURL(path.join(folder, "resolver.ts")).href;
}

/** Freezes a value and everything it contains, so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
