import type { Command } from "commander";
import { registerAuditCommand } from "./audit";
import { registerBuildCommand } from "./build";
import { registerCheckCommand } from "./check";
import { registerDiffCommand } from "./diff";
import { registerExplainCommand } from "./explain";
import { registerInitCommand } from "./init";
import { registerQueueCommand } from "./queue";
import { registerResolveCommand } from "./resolve";
import { registerTestCommand } from "./test";

/** A subcommand module: adds itself, with its options and action, to the program. */
export type CommandRegistration = (program: Command) => void;

// One line per subcommand, in the order `--help` lists them: authoring, run time, review, setup.
const REGISTRATIONS: CommandRegistration[] = [
  registerCheckCommand,
  registerBuildCommand,
  registerResolveCommand,
  registerExplainCommand,
  registerQueueCommand,
  registerAuditCommand,
  registerDiffCommand,
  registerTestCommand,
  registerInitCommand,
];

/** Adds every subcommand to the program. */
export function registerCommands(program: Command): void {
  for (const register of REGISTRATIONS) {
    register(program);
  }
}
