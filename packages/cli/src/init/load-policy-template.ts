import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PolicyStack } from "./policy-stacks";

/** The folder of the policy templates, `packages/cli/templates`. */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Returns the absolute path of a stack's policy template. */
export function findPolicyTemplate(stack: PolicyStack): string {
  return `${TEMPLATES_DIR}${stack}.policy.ts.template`;
}

/** Reads a stack's policy template. */
export async function loadPolicyTemplate(stack: PolicyStack): Promise<string> {
  return readFile(findPolicyTemplate(stack), "utf8");
}
