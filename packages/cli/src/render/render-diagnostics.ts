import type { Diagnostic } from "@fieldpolicy/core";
import { renderGithub } from "./render-github";
import { renderJson } from "./render-json";
import { renderSarif } from "./render-sarif";
import { renderText } from "./render-text";
import { shouldUseColor } from "./should-use-color";

/** The output formats of `--format`. */
export const DIAGNOSTIC_FORMATS = ["text", "json", "github", "sarif"] as const;

/** One output format of diagnostics. */
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/** Options of `renderDiagnostics`. Only `sources` is required. */
export interface RenderDiagnosticsOptions {
  /** Source text by file path, as the diagnostics name the file; the text format shows code frames from it. */
  sources: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /**
   * True to colour text output. Defaults to standard output being a terminal and `NO_COLOR`
   * being unset. The other formats never carry colour.
   */
  color?: boolean;
  /** Directory that SARIF artifact URIs are relative to. Defaults to the working directory. */
  cwd?: string;
  /** fieldpolicy's version for the SARIF tool driver. Left out by default. */
  toolVersion?: string;
  /** One-line description per code for SARIF rule entries. */
  ruleDescriptions?: ReadonlyMap<string, string>;
}

/**
 * Renders diagnostics in one of the output formats. Every format lists the diagnostics in the
 * same order (by file, line and column) and ends with a newline when it prints anything.
 */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  options: RenderDiagnosticsOptions,
): string {
  switch (format) {
    case "text":
      return renderText(diagnostics, {
        sources: toSourceMap(options.sources),
        color: options.color ?? shouldUseColor({ isTTY: process.stdout.isTTY, env: process.env }),
      });
    case "json":
      return renderJson(diagnostics);
    case "github":
      return renderGithub(diagnostics);
    case "sarif":
      return renderSarif(diagnostics, {
        cwd: options.cwd ?? process.cwd(),
        toolVersion: options.toolVersion ?? null,
        ruleDescriptions: options.ruleDescriptions ?? new Map(),
      });
  }
}

/** True when `value` names an output format; for checking `--format`. */
export function isDiagnosticFormat(value: string): value is DiagnosticFormat {
  return (DIAGNOSTIC_FORMATS as readonly string[]).includes(value);
}

function toSourceMap(sources: RenderDiagnosticsOptions["sources"]): ReadonlyMap<string, string> {
  if (sources instanceof Map) {
    return sources;
  }
  return new Map(Object.entries(sources));
}
