// A repository of a few made-up command line sources beside copies of the launcher and the
// bundler, so a test can edit or break a source without touching the real ones, which other tests
// read. esbuild and tsx load from the real installation through symbolic links.

import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPOSITORY_ROOT, type CliRun } from "./run-cli-entry";

/** Creates a repository whose packages/cli/src contains `sources`, keyed by path in that folder. */
export function createFakeRepository(sources: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "fieldpolicy-fake-repository-"));
  cpSync(path.join(REPOSITORY_ROOT, "scripts/fieldpolicy.mjs"), path.join(root, "scripts/fieldpolicy.mjs"));
  cpSync(path.join(REPOSITORY_ROOT, "packages/cli/scripts"), path.join(root, "packages/cli/scripts"), { recursive: true });
  writeSource(root, "packages/cli/package.json", `${JSON.stringify({ name: "@fieldpolicy/cli", type: "module" })}\n`);
  symlinkSync(path.join(REPOSITORY_ROOT, "node_modules"), path.join(root, "node_modules"));
  symlinkSync(path.join(REPOSITORY_ROOT, "packages/cli/node_modules"), path.join(root, "packages/cli/node_modules"));

  for (const [relativePath, text] of Object.entries(sources)) {
    writeSource(root, path.join("packages/cli/src", relativePath), text);
  }
  return root;
}

/** Writes `text` to a file of the repository at `root`, creating its folder. */
export function writeSource(root: string, relativePath: string, text: string): void {
  const file = path.join(root, relativePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, "utf8");
}

/** Runs the launcher copied into the repository at `root`, with its bundle in the default folder. */
export function runFakeLauncher(root: string, args: readonly string[]): CliRun {
  const launcher = path.join(root, "scripts/fieldpolicy.mjs");
  const environment = { ...process.env, NO_COLOR: "1", FIELDPOLICY_BUNDLE_DIR: path.join(root, "packages/cli/dist") };
  const run = spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: "utf8", env: environment });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
