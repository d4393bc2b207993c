// Test factories for builds: a project folder holding a copy of the default policy, and helpers
// that read an output folder back.

import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const createdFolders: string[] = [];

// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => {
  for (const folder of createdFolders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

const REPOSITORY = path.resolve(import.meta.dirname, "../../../..");

/** Creates a folder with `policies/lead.policy.ts` and its values file, copied from the repository. */
export function createBuildProject(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "fieldpolicy-build-"));
  createdFolders.push(folder);
  mkdirSync(path.join(folder, "policies"));
  for (const name of ["lead.policy.ts", "lead.values.ts"]) {
    writeFileSync(path.join(folder, "policies", name), readFileSync(path.join(REPOSITORY, "policies", name)));
  }
  return folder;
}

/** Breaks the copied policy so that compiling it fails with a schema error. */
export function breakPolicy(folder: string): void {
  const file = path.join(folder, "policies/lead.policy.ts");
  writeFileSync(file, readFileSync(file, "utf8").replace('name: "lead"', 'name: "Lead Policy"'));
}

/** Reads every file under a folder into a map of relative path to bytes (as base64, for exact comparison). */
export function readTree(folder: string, prefix = ""): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      for (const [child, bytes] of readTree(folder, relative)) {
        tree.set(child, bytes);
      }
    } else {
      tree.set(relative, readFileSync(path.join(folder, relative)).toString("base64"));
    }
  }
  return tree;
}

/** Path of the repository root, for running the CLI. */
export const REPOSITORY_ROOT = REPOSITORY;
