import path from "node:path";
import { Command, Option } from "commander";
import { EXIT_USAGE } from "../exit-codes";
import { loadPolicyTemplate, loadScenariosTemplate } from "../init/load-policy-template";
import { POLICY_NAME_PATTERN, POLICY_STACKS, type PolicyStack } from "../init/policy-stacks";
import { buildPolicyLabel, renderPolicyTemplate } from "../init/render-policy-template";
import {
  ScaffoldExistsError,
  ScaffoldWriteError,
  writeScaffoldFiles,
  type ScaffoldFile,
} from "../init/write-scaffold-files";

interface InitOptions {
  stack: PolicyStack;
  dir: string;
  name: string;
  force: boolean;
}

/** Adds `fieldpolicy init`, which scaffolds a policy file and its starter scenarios for a new team. */
export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description(
      "Create a policy file for a new team that compiles as it is, with TODO comments on what to fill in, and <name>.scenarios.ts beside it with starter scenarios that pass against it. Writes both files or neither.",
    )
    .addOption(
      new Option("--stack <stack>", "the marketing-automation platform synced with Salesforce")
        .choices(POLICY_STACKS)
        .default("hubspot"),
    )
    .option("--dir <dir>", "folder to create the files in, relative to the working directory", "policies")
    .option(
      "--name <name>",
      "policy name (lower-case letters, digits and hyphens); the files are <name>.policy.ts and <name>.scenarios.ts",
      "lead",
    )
    .option(
      "--force",
      "overwrite both files if either exists; without it, an existing file stops init before it writes anything",
      false,
    )
    .action(async (options: InitOptions) => {
      process.exitCode = await runInit(options);
    });
}

async function runInit(options: InitOptions): Promise<number> {
  if (!POLICY_NAME_PATTERN.test(options.name)) {
    reportUsageError(
      `Invalid policy name "${options.name}" in --name: use lower-case letters, digits and hyphens, starting with a letter (for example "emea-sales").`,
    );
    return EXIT_USAGE;
  }

  const [policy, scenarios] = await renderScaffoldFiles(options);

  try {
    await writeScaffoldFiles([policy, scenarios], { overwrite: options.force });
  } catch (error) {
    reportWriteError(error);
    return EXIT_USAGE;
  }

  const policyFile = formatDisplayPath(policy.path);
  process.stdout.write(
    `Created ${policyFile} and ${formatDisplayPath(scenarios.path)} (Salesforce with ${options.stack === "hubspot" ? "HubSpot" : "Marketo"}).\n` +
      "Fill in the values marked TODO and replace the starter scenarios with your own, then run:\n" +
      `  pnpm fieldpolicy check ${policyFile}\n` +
      `  pnpm fieldpolicy test ${formatDisplayPath(scenarios.path)}\n` +
      `  pnpm fieldpolicy build ${policyFile}\n`,
  );
  return 0;
}

// Renders the policy and its starter scenarios. Each template's header names its own file in the
// command it suggests, so each gets its own `file` value.
async function renderScaffoldFiles(options: InitOptions): Promise<[ScaffoldFile, ScaffoldFile]> {
  const label = buildPolicyLabel(options.name);
  const policyPath = path.resolve(options.dir, `${options.name}.policy.ts`);
  const scenariosPath = path.resolve(options.dir, `${options.name}.scenarios.ts`);
  const [policyTemplate, scenariosTemplate] = await Promise.all([
    loadPolicyTemplate(options.stack),
    loadScenariosTemplate(options.stack),
  ]);

  return [
    {
      path: policyPath,
      contents: renderPolicyTemplate(policyTemplate, {
        name: options.name,
        label,
        file: formatDisplayPath(policyPath),
      }),
    },
    {
      path: scenariosPath,
      contents: renderPolicyTemplate(scenariosTemplate, {
        name: options.name,
        label,
        file: formatDisplayPath(scenariosPath),
      }),
    },
  ];
}

// Reports why nothing was written. An error that is not about the files is a bug, so it is rethrown.
function reportWriteError(error: unknown): void {
  if (error instanceof ScaffoldExistsError) {
    const existing = error.paths.map(formatDisplayPath).join(" and ");
    reportUsageError(
      `${existing} already ${error.paths.length === 1 ? "exists" : "exist"}, so init wrote nothing. Pass --force to overwrite the policy and its scenarios, or choose another name with --name.`,
    );
    return;
  }
  if (error instanceof ScaffoldWriteError) {
    const file = formatDisplayPath(error.path);
    const folder = formatDisplayPath(path.dirname(error.path)) || ".";
    reportUsageError(
      `Could not write ${file} (${error.code ?? "unknown error"}), so init left every file as it was. Check that ${folder} is a writable folder and that ${file} is not a folder, then run init again.`,
    );
    return;
  }
  throw error;
}

// The path as the user would type it from the working directory, with forward slashes.
function formatDisplayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join("/");
}

function reportUsageError(message: string): void {
  process.stderr.write(`error: ${message}\n`);
}
