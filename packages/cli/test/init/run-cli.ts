import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root, where `pnpm fieldpolicy` runs. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** What one run of the command line printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `fieldpolicy` entry point through tsx, as `pnpm fieldpolicy` does, from the repository root. */
export function runCli(args: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", "packages/cli/src/main.ts", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
