import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PolicyStack } from "./policy-stacks";

/** The folder of the init templates, `packages/cli/templates`. */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Returns the absolute path of a stack's policy template. */
export function findPolicyTemplate(stack: PolicyStack): string {
  return `${TEMPLATES_DIR}${stack}.policy.ts.template`;
}

/** Reads a stack's policy template. */
export async function loadPolicyTemplate(stack: PolicyStack): Promise<string> {
  return readFile(findPolicyTemplate(stack), "utf8");
}

/** Returns the absolute path of a stack's starter scenarios template, which fits its policy template. */
export function findScenariosTemplate(stack: PolicyStack): string {
  return `${TEMPLATES_DIR}${stack}.scenarios.ts.template`;
}

/** Reads a stack's starter scenarios template. */
export async function loadScenariosTemplate(stack: PolicyStack): Promise<string> {
  return readFile(findScenariosTemplate(stack), "utf8");
}
