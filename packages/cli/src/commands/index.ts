import type { Command } from "commander";

/** A subcommand module: adds itself, with its options and action, to the program. */
export type CommandRegistration = (program: Command) => void;

// One loader per subcommand, in the order `--help` lists them: authoring, run time, review, setup.
// Each module is imported only when its command runs, because the modules pull in the TypeScript
// compiler, database clients and generators, and loading them all would slow every command and
// cost memory a long `resolve` run does not need.
const COMMAND_LOADERS: ReadonlyArray<readonly [string, () => Promise<CommandRegistration>]> = [
  ["check", async () => (await import("./check")).registerCheckCommand],
  ["build", async () => (await import("./build")).registerBuildCommand],
  ["resolve", async () => (await import("./resolve")).registerResolveCommand],
  ["explain", async () => (await import("./explain")).registerExplainCommand],
  ["queue", async () => (await import("./queue")).registerQueueCommand],
  ["audit", async () => (await import("./audit")).registerAuditCommand],
  ["diff", async () => (await import("./diff")).registerDiffCommand],
  ["test", async () => (await import("./test")).registerTestCommand],
  ["init", async () => (await import("./init")).registerInitCommand],
  // Hidden from `--help`: the child process in which `resolve` compiles a policy source.
  ["compile-policy", async () => (await import("./compile-policy")).registerCompilePolicyCommand],
];

/**
 * Adds the subcommand named in `args` to the program, or every subcommand when `args` names none
 * (for `--help`, `help` and commander's "unknown command" suggestions).
 */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const requested = args.find((arg) => !arg.startsWith("-"));
  const selected = COMMAND_LOADERS.filter(([name]) => name === requested);

  for (const [, load] of selected.length > 0 ? selected : COMMAND_LOADERS) {
    const register = await load();
    register(program);
  }
}
