import path from "node:path";
import type { Diagnostic, Severity } from "@fieldpolicy/core";
import { sortDiagnostics } from "./sort-diagnostics";

/** Options of the SARIF renderer. */
export interface SarifRenderOptions {
  /** Directory that artifact URIs are relative to; absolute diagnostic paths are made relative to it. */
  cwd: string;
  /** Version of fieldpolicy written into the tool driver, or null to leave it out. */
  toolVersion: string | null;
  /** One-line description per diagnostic code, for the rule entries; codes missing here are described by the code. */
  ruleDescriptions: ReadonlyMap<string, string>;
}

/** The OASIS location of the SARIF 2.1.0 schema (errata 01), written as the log's `$schema`. */
const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** Base id of the artifact URIs: the directory the command ran in, which a SARIF consumer maps to its checkout. */
const SOURCE_ROOT = "%SRCROOT%";

const LEVELS: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * Renders a SARIF 2.1.0 log with one run: the tool driver lists a rule for every code that
 * occurs, sorted by code, and each diagnostic becomes a result that points at its rule.
 */
export function renderSarif(diagnostics: readonly Diagnostic[], options: SarifRenderOptions): string {
  const sorted = sortDiagnostics(diagnostics);

  const codes = [...new Set(sorted.map((diagnostic) => diagnostic.code))].sort();
  const rules = codes.map((code) => buildRule(code, options.ruleDescriptions));

  const results = sorted.map((diagnostic) => buildResult(diagnostic, codes.indexOf(diagnostic.code), options.cwd));

  const driver: Record<string, unknown> = {
    name: "fieldpolicy",
    rules,
  };
  if (options.toolVersion !== null) {
    driver["version"] = options.toolVersion;
  }

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [{ tool: { driver }, columnKind: "utf16CodeUnits", results }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function buildRule(code: string, descriptions: ReadonlyMap<string, string>): Record<string, unknown> {
  return {
    id: code,
    shortDescription: { text: descriptions.get(code) ?? code },
  };
}

function buildResult(diagnostic: Diagnostic, ruleIndex: number, cwd: string): Record<string, unknown> {
  const text =
    diagnostic.hint === null || diagnostic.hint === ""
      ? diagnostic.message
      : `${diagnostic.message}\n\n${diagnostic.hint}`;

  const result: Record<string, unknown> = {
    ruleId: diagnostic.code,
    ruleIndex,
    level: LEVELS[diagnostic.severity],
    message: { text },
  };

  const location = buildLocation(diagnostic, cwd);
  if (location !== null) {
    result["locations"] = [location];
  }

  return result;
}

function buildLocation(diagnostic: Diagnostic, cwd: string): Record<string, unknown> | null {
  if (diagnostic.file === null && diagnostic.path === null) {
    return null;
  }

  const location: Record<string, unknown> = {};

  if (diagnostic.file !== null) {
    const physicalLocation: Record<string, unknown> = {
      artifactLocation: { uri: toRelativeUri(diagnostic.file, cwd), uriBaseId: SOURCE_ROOT },
    };
    const region = buildRegion(diagnostic);
    if (region !== null) {
      physicalLocation["region"] = region;
    }
    location["physicalLocation"] = physicalLocation;
  }

  // The JSON Pointer names the policy value itself, which stays useful where the file region is wide.
  if (diagnostic.path !== null) {
    location["logicalLocations"] = [{ fullyQualifiedName: diagnostic.path, kind: "member" }];
  }

  return location;
}

/** Builds the region; SARIF columns are 1-based with an exclusive end, as in a Diagnostic. */
function buildRegion(diagnostic: Diagnostic): Record<string, number> | null {
  if (diagnostic.line === null) {
    return null;
  }

  const region: Record<string, number> = { startLine: diagnostic.line };
  if (diagnostic.column !== null) {
    region["startColumn"] = diagnostic.column;
  }
  if (diagnostic.endLine !== null) {
    region["endLine"] = diagnostic.endLine;
  }
  if (diagnostic.column !== null && diagnostic.endColumn !== null) {
    region["endColumn"] = diagnostic.endColumn;
  }
  return region;
}

/** Turns a file path into a URI reference relative to `cwd`, with forward slashes and each segment percent-encoded. */
export function toRelativeUri(file: string, cwd: string): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return relative
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}
