import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";

/** The repository root, where `pnpm fieldpolicy` runs. */
export const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** What one run of the command line printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The parts of the bundle manifest (packages/cli/dist/bundle.json) the tests read. */
export interface BundleManifest {
  build: string;
  entry: string;
  outputs: string[];
  inputs: Record<string, { size: number; mtimeMs: number; sha256: string }>;
}

/** Runs the launcher with its bundle in `bundleFolder`, from the repository root unless `cwd` sets another folder. */
export function runLauncher(bundleFolder: string, args: readonly string[], cwd = REPOSITORY_ROOT): CliRun {
  const run = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], { cwd, encoding: "utf8", env: launcherEnvironment(bundleFolder) });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts the launcher without waiting for it, for runs that overlap. */
export function startLauncher(bundleFolder: string, args: readonly string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI_LAUNCHER, ...args], { cwd: REPOSITORY_ROOT, env: launcherEnvironment(bundleFolder) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the TypeScript entry point through tsx, as `pnpm fieldpolicy` ran before the bundle. */
export function runFromSources(args: readonly string[], cwd = REPOSITORY_ROOT): CliRun {
  const tsx = path.join(REPOSITORY_ROOT, "node_modules/.bin/tsx");
  const entry = path.join(REPOSITORY_ROOT, "packages/cli/src/main.ts");
  const run = spawnSync(tsx, [entry, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Reads the manifest of the bundle in `bundleFolder`. */
export function readManifest(bundleFolder: string): BundleManifest {
  return JSON.parse(readFileSync(path.join(bundleFolder, "bundle.json"), "utf8")) as BundleManifest;
}

/** Lists the build folders in `bundleFolder`. */
export function listBuilds(bundleFolder: string): string[] {
  return readdirSync(path.join(bundleFolder, "builds")).sort();
}

function launcherEnvironment(bundleFolder: string): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: "1", FIELDPOLICY_BUNDLE_DIR: bundleFolder };
}
