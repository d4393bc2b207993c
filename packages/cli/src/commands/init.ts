import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import { EXIT_USAGE } from "../exit-codes";
import { loadPolicyTemplate } from "../init/load-policy-template";
import { POLICY_NAME_PATTERN, POLICY_STACKS, type PolicyStack } from "../init/policy-stacks";
import { buildPolicyLabel, renderPolicyTemplate } from "../init/render-policy-template";

interface InitOptions {
  stack: PolicyStack;
  dir: string;
  name: string;
  force: boolean;
}

/** Adds `fieldpolicy init`, which scaffolds a policy file for a new team. */
export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description("Create a policy file for a new team that compiles as it is, with TODO comments on what to fill in.")
    .addOption(
      new Option("--stack <stack>", "the marketing-automation platform synced with Salesforce")
        .choices(POLICY_STACKS)
        .default("hubspot"),
    )
    .option("--dir <dir>", "folder to create the policy file in, relative to the working directory", "policies")
    .option(
      "--name <name>",
      "policy name (lower-case letters, digits and hyphens); the file is <name>.policy.ts",
      "lead",
    )
    .option("--force", "overwrite the policy file if it exists", false)
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

  const absolutePath = path.resolve(options.dir, `${options.name}.policy.ts`);
  const displayPath = path.relative(process.cwd(), absolutePath).split(path.sep).join("/");

  const template = await loadPolicyTemplate(options.stack);
  const text = renderPolicyTemplate(template, {
    name: options.name,
    label: buildPolicyLabel(options.name),
    file: displayPath,
  });

  await mkdir(path.dirname(absolutePath), { recursive: true });
  try {
    // The `wx` flag makes the existence check and the write one step, so a file created in
    // between is not overwritten either.
    await writeFile(absolutePath, text, { encoding: "utf8", flag: options.force ? "w" : "wx" });
  } catch (error) {
    if (isFileExistsError(error)) {
      reportUsageError(
        `${displayPath} already exists. Pass --force to overwrite it, or choose another file name with --name.`,
      );
      return EXIT_USAGE;
    }
    throw error;
  }

  process.stdout.write(
    `Created ${displayPath} (Salesforce with ${options.stack === "hubspot" ? "HubSpot" : "Marketo"}).\n` +
      `Fill in the values marked TODO, then run: pnpm fieldpolicy check ${displayPath}\n`,
  );
  return 0;
}

function reportUsageError(message: string): void {
  process.stderr.write(`error: ${message}\n`);
}

function isFileExistsError(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "EEXIST";
}
