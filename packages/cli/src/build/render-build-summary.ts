import type { Diagnostic, PolicyIR } from "@fieldpolicy/core";
import type { OutputDifferences } from "./compare-outputs";
import type { OutputFile } from "./output-file";

/** How the summary names each generator's output, in the order the summary lists them. */
const OUTPUT_NAMES: ReadonlyArray<readonly [generator: string, name: string]> = [
  ["ir", "IR"],
  ["enforcement-plan", "enforcement plan"],
  ["salesforce", "Salesforce project"],
  ["hubspot", "HubSpot mapping spec and checklist"],
  ["marketo", "Marketo checklist"],
  ["resolver", "resolver module"],
  ["docs", "SLA document"],
];

/**
 * Renders the closing summary of a build: per policy, its field count, then each output with its
 * location and the counts a reviewer checks (validation rules, permission sets, tracked fields),
 * then the warnings and the info messages left out.
 */
export function renderBuildSummary(options: {
  outDir: string;
  files: readonly OutputFile[];
  policies: readonly PolicyIR[];
  diagnostics: readonly Diagnostic[];
  infoShown: boolean;
}): string {
  const lines: string[] = [];
  const policies = [...new Set(options.files.map((file) => file.policy))];
  lines.push(
    `Wrote ${countLabel(options.files.length, "file")} for ${countLabel(policies.length, "policy", "policies")} to ${options.outDir}/`,
  );

  for (const policy of policies) {
    const ir = options.policies.find((candidate) => candidate.name === policy);
    const fieldCount =
      ir === undefined
        ? ""
        : ` (${countLabel(Object.keys(ir.fields).length, "field")}, ${countLabel(Object.keys(ir.objects).length, "object")})`;
    lines.push(`  ${policy}/${fieldCount}`);

    const files = options.files.filter((file) => file.policy === policy);
    const generators = [...new Set(files.map((file) => file.generator))];
    for (const generator of sortByOutputOrder(generators)) {
      const own = files.filter((file) => file.generator === generator);
      const name = OUTPUT_NAMES.find(([candidate]) => candidate === generator)?.[1] ?? generator;
      lines.push(`    ${name.padEnd(36)} ${describeLocation(policy, own)}${describeCounts(generator, own)}`);
    }
  }

  const warnings = options.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
  const infos = options.diagnostics.filter((diagnostic) => diagnostic.severity === "info").length;
  if (warnings > 0) {
    lines.push(`${countLabel(warnings, "warning")}, printed on standard error above this summary.`);
  }
  if (infos > 0 && !options.infoShown) {
    lines.push(`${countLabel(infos, "info message")} not shown; run with --verbose to see them.`);
  }
  return `${lines.join("\n")}\n`;
}

function sortByOutputOrder(generators: readonly string[]): string[] {
  const rank = (generator: string) => {
    const index = OUTPUT_NAMES.findIndex(([candidate]) => candidate === generator);
    return index === -1 ? OUTPUT_NAMES.length : index;
  };
  return [...generators].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Names a single file, or the folder and file count of several. */
function describeLocation(policy: string, files: readonly OutputFile[]): string {
  const relative = files.map((file) => file.path.slice(policy.length + 1));
  if (relative.length === 1) {
    return relative[0] ?? "";
  }
  const folder = relative[0]?.split("/")[0] ?? "";
  return `${folder}/ (${countLabel(files.length, "file")})`;
}

/** Counts what the Salesforce project enforces, from its file paths and contents. */
function describeCounts(generator: string, files: readonly OutputFile[]): string {
  if (generator !== "salesforce") {
    return "";
  }
  const validationRules = files.filter((file) => file.path.includes("/validationRules/")).length;
  const permissionSets = files.filter((file) => file.path.includes("/permissionsets/")).length;
  const trackedFields = files.filter(
    (file) => file.path.includes("/fields/") && file.contents.includes("<trackHistory>true</trackHistory>"),
  ).length;
  return `: ${countLabel(validationRules, "validation rule")}, ${countLabel(permissionSets, "permission set")}, ${countLabel(trackedFields, "tracked field")}`;
}

/** Renders what `build --check` found, one line per differing file. */
export function renderDifferences(outDir: string, differences: OutputDifferences): string {
  const lines = [
    ...differences.stale.map((file) => `stale    ${outDir}/${file}`),
    ...differences.missing.map((file) => `missing  ${outDir}/${file}`),
    ...differences.extra.map((file) => `extra    ${outDir}/${file}`),
  ];
  if (lines.length === 0) {
    return `${outDir}/ is up to date.\n`;
  }
  lines.push(`${outDir}/ is out of date: run \`fieldpolicy build\` to regenerate it.`);
  return `${lines.join("\n")}\n`;
}

function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
