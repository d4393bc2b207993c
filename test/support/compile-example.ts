// Compiles the example policies with the real compiler and compares generated files with the
// golden tree, formatted by prettier as the build writes them.

import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compilePolicy } from "@fieldpolicy/compiler";
import type { GeneratedFile, PolicyIR } from "@fieldpolicy/core";
import { format } from "prettier";

/** The repository root, which policy paths and the golden tree are relative to. */
export const REPOSITORY_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The example policies with golden outputs, by policy name. */
export const EXAMPLE_POLICIES = {
  lead: "policies/lead.policy.ts",
  marketo: "test/fixtures/examples/marketo.policy.ts",
} as const;

const compiledExamples = new Map<string, PolicyIR>();

/** Compiles one example policy once and returns a fresh copy of its IR, or throws with the compiler's errors. */
export function compileExample(name: keyof typeof EXAMPLE_POLICIES): PolicyIR {
  const cached = compiledExamples.get(name);
  if (cached !== undefined) {
    return structuredClone(cached);
  }

  const compiled = compilePolicy(EXAMPLE_POLICIES[name], { cwd: REPOSITORY_ROOT });
  if (compiled.ir === null) {
    const errors = compiled.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`);
    throw new Error(`Compiling ${EXAMPLE_POLICIES[name]} failed:\n${errors.join("\n")}`);
  }
  compiledExamples.set(name, compiled.ir);
  return structuredClone(compiled.ir);
}

// The same parsers and options the build formats its outputs with, so golden files equal what
// `fieldpolicy build` writes. json-stringify keeps canonical JSON exactly as JSON.stringify laid it out.
const PARSERS: Readonly<Record<string, string>> = { ".json": "json-stringify", ".md": "markdown" };
const PRETTIER_OPTIONS = { printWidth: 120, endOfLine: "lf" } as const;

/** Formats a generated file as the build does before writing it. */
export async function formatGenerated(file: GeneratedFile): Promise<string> {
  const extension = /\.[^./]+$/.exec(file.path)?.[0] ?? "";
  const parser = PARSERS[extension];
  if (parser === undefined) {
    throw new Error(`No parser for generated file ${file.path}`);
  }
  return format(file.contents, { ...PRETTIER_OPTIONS, parser });
}

/**
 * Returns the golden text of a generated file in test/fixtures/golden/<policy>/<folder>/. With
 * UPDATE_GOLDEN=1 set it first writes the formatted file there.
 */
export async function readGolden(policy: string, folder: string, file: GeneratedFile): Promise<string> {
  const goldenPath = path.join(REPOSITORY_ROOT, "test/fixtures/golden", policy, folder, file.path);
  if (process.env.UPDATE_GOLDEN === "1") {
    await mkdir(path.dirname(goldenPath), { recursive: true });
    await writeFile(goldenPath, await formatGenerated(file), "utf8");
  }
  return readFile(goldenPath, "utf8");
}

/** Freezes a value and everything it contains, so a test can prove a generator does not mutate it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
    Object.freeze(value);
  }
  return value;
}
