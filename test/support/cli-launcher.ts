import { fileURLToPath } from "node:url";

/**
 * Absolute path of the launcher that `pnpm fieldpolicy` runs: it starts the command line from its
 * JavaScript bundle and rebuilds the bundle first when a source changed. Spawn it with
 * `process.execPath`.
 */
export const CLI_LAUNCHER = fileURLToPath(new URL("../../scripts/fieldpolicy.mjs", import.meta.url));
