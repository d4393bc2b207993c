// Builds the IR of the repository's example policies with the real compiler, for golden and
// content tests.

import path from "node:path";
import type { PolicyIR } from "@fieldpolicy/core";
import { checkSchema, hashPolicySources, loadPolicy, normalizePolicy } from "@fieldpolicy/compiler";

/** The repository root, which policy paths in the examples are relative to. */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, "../../..");

/** The example policies the golden documents cover, by policy name. */
export const EXAMPLE_POLICIES = [
  { name: "lead", file: "policies/lead.policy.ts" },
  { name: "marketo", file: "test/fixtures/examples/marketo.policy.ts" },
] as const;

/**
 * Loads, normalizes and schema-checks an example policy, the compiler's steps that produce the
 * IR. The semantic checks are left out: they add diagnostics but never change the IR, and their
 * verdicts are the compiler's tests' concern, not the document's.
 */
export function compileExamplePolicy(file: string): PolicyIR {
  const absolutePath = path.join(REPOSITORY_ROOT, file);
  const loaded = loadPolicy(absolutePath, { cwd: REPOSITORY_ROOT });
  if (loaded.spec === null) {
    throw new Error(
      `${file} does not load: ${loaded.diagnostics.map((error) => `${error.code} ${error.message}`).join("; ")}`,
    );
  }
  const sha256 = hashPolicySources(loaded.sources, { cwd: REPOSITORY_ROOT, policyFolder: path.dirname(absolutePath) });
  const checked = checkSchema(normalizePolicy(loaded.spec, { file, sha256 }), loaded.sourceMap);
  if (checked.ir === null) {
    throw new Error(`${file} breaks the schema: ${checked.diagnostics.map((error) => error.message).join("; ")}`);
  }
  return checked.ir;
}
