import { type Diagnostic } from "@fieldpolicy/core";
import type { OutputDifferences } from "./compare-outputs";
import type { OutputFile } from "./output-file";

/** Renders the closing summary of a build: per policy, each output with its file count. */
export function renderBuildSummary(options: {
  outDir: string;
  files: readonly OutputFile[];
  diagnostics: readonly Diagnostic[];
}): string {
  const lines: string[] = [];
  const policies = [...new Set(options.files.map((file) => file.policy))];
  lines.push(`Wrote ${countLabel(options.files.length, "file")} for ${countLabel(policies.length, "policy", "policies")} to ${options.outDir}/`);

  for (const policy of policies) {
    lines.push(`  ${policy}/`);
    const generators = [...new Set(options.files.filter((file) => file.policy === policy).map((file) => file.generator))];
    for (const generator of generators) {
      const count = options.files.filter((file) => file.policy === policy && file.generator === generator).length;
      lines.push(`    ${generator.padEnd(20)} ${countLabel(count, "file")}`);
    }
  }

  const warnings = options.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
  if (warnings > 0) {
    lines.push(`${countLabel(warnings, "warning")} (listed above)`);
  }
  return `${lines.join("\n")}\n`;
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
