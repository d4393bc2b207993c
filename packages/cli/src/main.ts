#!/usr/bin/env node
// Entry point of the `fieldpolicy` command line. Each subcommand lives in its own module under
// commands/ and registers itself through commands/index.ts.

import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index";
import { EXIT_USAGE } from "./exit-codes";

const program = new Command("fieldpolicy")
  .description("Field-level ownership between Salesforce and marketing automation, written as code.")
  .showHelpAfterError()
  .exitOverride();

await registerCommands(program, process.argv.slice(2));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed the usage problem already; help and version requests exit 0.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    throw error;
  }
}
