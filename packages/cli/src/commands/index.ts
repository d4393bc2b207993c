import type { Command } from "commander";
import { registerAuditCommand } from "./audit";
import { registerBuildCommand } from "./build";
import { registerCheckCommand } from "./check";
import { registerDiffCommand } from "./diff";
import { registerTestCommand } from "./test";
import { registerInitCommand } from "./init";
import { registerQueueCommand } from "./queue";
import { registerResolveCommand } from "./resolve";

/** A subcommand module: adds itself, with its options and action, to the program. */
export type CommandRegistration = (program: Command) => void;

// One line per subcommand, in the order `--help` lists them.
const REGISTRATIONS: CommandRegistration[] = [
  registerCheckCommand,
  registerBuildCommand,
  registerDiffCommand,
  registerTestCommand,
  registerInitCommand,
  registerResolveCommand,
  registerQueueCommand,
  registerAuditCommand,
];

/** Adds every subcommand to the program. */
export function registerCommands(program: Command): void {
  for (const register of REGISTRATIONS) {
    register(program);
  }
}
