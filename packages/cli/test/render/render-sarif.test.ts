import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@fieldpolicy/core";
import { renderDiagnostics } from "../../src/render/index";
import { toRelativeUri } from "../../src/render/render-sarif";
import { buildDiagnosticFixture, buildUnplacedDiagnosticFixture, SOURCES } from "./diagnostic-factory";
import { compileSarifValidator } from "./sarif-validator";

const validateSarif = compileSarifValidator();

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription: { text: string } }[]; version?: string } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations?: {
        physicalLocation?: { artifactLocation: { uri: string }; region?: Record<string, number> };
        logicalLocations?: { fullyQualifiedName: string }[];
      }[];
    }[];
  }[];
}

function renderSarif(diagnostics: Diagnostic[], options: { toolVersion?: string } = {}): SarifLog {
  const text = renderDiagnostics(diagnostics, "sarif", {
    sources: SOURCES,
    cwd: "/repo",
    ruleDescriptions: new Map([["FP3101", "Tier 1 fields never resolve by last write wins."]]),
    ...options,
  });
  return JSON.parse(text) as SarifLog;
}

function mixedDiagnostics(): Diagnostic[] {
  return [
    buildDiagnosticFixture(),
    buildDiagnosticFixture({ code: "FP2001", severity: "warning", line: 5, endLine: 9, endColumn: 6 }),
    buildDiagnosticFixture({ code: "FP4002", severity: "info", column: null, endColumn: null }),
    buildUnplacedDiagnosticFixture(),
  ];
}

describe("sarif renderer", () => {
  it("writes a log that the SARIF 2.1.0 schema accepts", () => {
    const log = renderSarif(mixedDiagnostics(), { toolVersion: "0.1.0" });

    const valid = validateSarif(log);

    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("fails validation for a result without a message", () => {
    const log = renderSarif([buildDiagnosticFixture()]) as unknown as {
      runs: { results: Record<string, unknown>[] }[];
    };
    delete log.runs[0]?.results[0]?.["message"];

    expect(validateSarif(log)).toBe(false);
  });

  it("writes a valid log for no diagnostics", () => {
    expect(validateSarif(renderSarif([]))).toBe(true);
  });

  it("lists one rule per code, sorted", () => {
    const log = renderSarif([...mixedDiagnostics(), buildDiagnosticFixture()]);

    expect(log.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual(["FP2001", "FP3101", "FP4002", "FP4004"]);
  });

  it("describes a rule from the descriptions given", () => {
    const log = renderSarif([buildDiagnosticFixture()]);

    expect(log.runs[0]?.tool.driver.rules[0]?.shortDescription.text).toBe(
      "Tier 1 fields never resolve by last write wins.",
    );
  });

  it("points each result at its rule", () => {
    const log = renderSarif(mixedDiagnostics());
    const run = log.runs[0];

    for (const result of run?.results ?? []) {
      expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
  });

  it("maps severities to SARIF levels", () => {
    const log = renderSarif(mixedDiagnostics());

    expect(log.runs[0]?.results.map((result) => [result.ruleId, result.level])).toEqual([
      ["FP4004", "error"],
      ["FP2001", "warning"],
      ["FP4002", "note"],
      ["FP3101", "error"],
    ]);
  });

  it("writes the region with an exclusive end column", () => {
    const log = renderSarif([buildDiagnosticFixture()]);

    expect(log.runs[0]?.results[0]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 8,
      startColumn: 15,
      endLine: 8,
      endColumn: 28,
    });
  });

  it("writes the artifact uri relative to the working directory", () => {
    const log = renderSarif([buildDiagnosticFixture({ file: "/repo/policies/team a.policy.ts" })]);

    expect(log.runs[0]?.results[0]?.locations?.[0]?.physicalLocation?.artifactLocation.uri).toBe(
      "policies/team%20a.policy.ts",
    );
  });

  it("names the policy path as a logical location", () => {
    const log = renderSarif([buildDiagnosticFixture()]);

    expect(log.runs[0]?.results[0]?.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe(
      "/fields/consent/rule/lastWriteWins",
    );
  });

  it("writes no location for a diagnostic without one", () => {
    const log = renderSarif([buildUnplacedDiagnosticFixture()]);

    expect(log.runs[0]?.results[0]?.locations).toBeUndefined();
  });

  it("writes the tool version when given", () => {
    expect(renderSarif([], { toolVersion: "1.2.3" }).runs[0]?.tool.driver.version).toBe("1.2.3");
  });
});

describe("toRelativeUri", () => {
  it("keeps a relative path", () => {
    expect(toRelativeUri("policies/lead.policy.ts", "/repo")).toBe("policies/lead.policy.ts");
  });

  it("turns backslashes into slashes", () => {
    expect(toRelativeUri("policies\\lead.policy.ts", "/repo")).toBe("policies/lead.policy.ts");
  });
});
