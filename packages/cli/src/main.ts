#!/usr/bin/env node
// Entry point of the `fieldpolicy` command line. Each subcommand lives in its own module under
// commands/ and registers itself through commands/index.ts.

import { Command, CommanderError } from "commander";
import { reportInternalError } from "./build/report-internal-error";
import { registerCommands } from "./commands/index";
import { EXIT_USAGE } from "./exit-codes";

// `pnpm fieldpolicy` runs this script from the repository root, whatever folder the user typed it
// in. pnpm passes that folder as INIT_CWD, so changing to it resolves paths where they were typed.
const invokedFrom = process.env["INIT_CWD"];
if (
  process.env["npm_lifecycle_event"] === "fieldpolicy" &&
  invokedFrom !== undefined &&
  invokedFrom !== process.cwd()
) {
  process.chdir(invokedFrom);
}

// A failed write to standard output (a full disk, a reader that has closed the pipe) arrives as
// an 'error' event after the command's write returned, often after the command finished. Without
// a listener Node prints a stack trace and exits 1, the code of invalid input.
process.stdout.on("error", reportInternalError);

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
