import type { Diagnostic } from "@fieldpolicy/core";

/** Source of a small policy file that the diagnostics below point into. */
export const POLICY_FILE = "policies/lead.policy.ts";

export const POLICY_SOURCE = [
  'import { definePolicy } from "@fieldpolicy/core";',
  "",
  "export default definePolicy({",
  '  name: "lead",',
  "  fields: {",
  "    consent: {",
  "      tier: 1,",
  "      rule: { lastWriteWins: {} },",
  "    },",
  "  },",
  "});",
].join("\n");

/** Builds an error diagnostic on `rule: { lastWriteWins: {} }` (line 8); `overrides` replace any part. */
export function buildDiagnosticFixture(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    code: "FP3101",
    severity: "error",
    message: 'Field "consent" is tier 1 and must not resolve with lastWriteWins.',
    file: POLICY_FILE,
    line: 8,
    column: 15,
    endLine: 8,
    endColumn: 28,
    path: "/fields/consent/rule/lastWriteWins",
    hint: "Use ownerWins with a review trigger, or waive FP3101 with a reason.",
    ...overrides,
  };
}

/** Builds a diagnostic that has no place in any file. */
export function buildUnplacedDiagnosticFixture(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return buildDiagnosticFixture({
    code: "FP4004",
    message: 'The path "policies/missing" contains no policy file.',
    file: null,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    path: null,
    hint: null,
    ...overrides,
  });
}

export const SOURCES = new Map([[POLICY_FILE, POLICY_SOURCE]]);
