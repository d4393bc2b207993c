import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";

/** The repository root, where `pnpm fieldpolicy` runs. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** What one run of the command line printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `fieldpolicy` launcher, as `pnpm fieldpolicy` does, from `cwd` (default: the repository root). */
export function runCli(args: readonly string[], cwd: string = REPO_ROOT): CliRun {
  const result = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
