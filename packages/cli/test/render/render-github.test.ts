import { describe, expect, it } from "vitest";
import { renderDiagnostics } from "../../src/render/index";
import { escapeData, escapeProperty } from "../../src/render/render-github";
import { buildDiagnosticFixture, buildUnplacedDiagnosticFixture, SOURCES } from "./diagnostic-factory";

function renderGithub(...diagnostics: ReturnType<typeof buildDiagnosticFixture>[]): string {
  return renderDiagnostics(diagnostics, "github", { sources: SOURCES });
}

describe("github renderer", () => {
  it("writes an error command with the place and an inclusive end column", () => {
    const output = renderGithub(buildDiagnosticFixture({ hint: null }));

    expect(output).toBe(
      '::error file=policies/lead.policy.ts,line=8,endLine=8,col=15,endColumn=27,title=fieldpolicy FP3101::Field "consent" is tier 1 and must not resolve with lastWriteWins.\n',
    );
  });

  it("maps warnings to warning commands", () => {
    expect(renderGithub(buildDiagnosticFixture({ severity: "warning" }))).toMatch(/^::warning /);
  });

  it("maps info to notice commands", () => {
    expect(renderGithub(buildDiagnosticFixture({ severity: "info" }))).toMatch(/^::notice /);
  });

  it("leaves out columns for a range over several lines", () => {
    const output = renderGithub(buildDiagnosticFixture({ endLine: 10, endColumn: 4 }));

    expect(output).not.toContain("col=");
  });

  it("writes only the title for a diagnostic without a location", () => {
    const output = renderGithub(buildUnplacedDiagnosticFixture());

    expect(output).toBe('::error title=fieldpolicy FP4004::The path "policies/missing" contains no policy file.\n');
  });

  it("puts the hint on an escaped second line of the message", () => {
    const output = renderGithub(buildDiagnosticFixture());

    expect(output).toContain("lastWriteWins.%0AUse ownerWins with a review trigger, or waive FP3101 with a reason.");
  });

  it("escapes separators in the file property", () => {
    const output = renderGithub(buildDiagnosticFixture({ file: "policies/a,b:c.policy.ts" }));

    expect(output).toContain("file=policies/a%2Cb%3Ac.policy.ts,");
  });

  it("writes nothing for no diagnostics", () => {
    expect(renderGithub()).toBe("");
  });
});

describe("workflow command escaping", () => {
  it("escapes percent signs and line breaks in data", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
  });

  it("leaves colons and commas in data", () => {
    expect(escapeData("a: b, c")).toBe("a: b, c");
  });

  it("escapes colons and commas in properties", () => {
    expect(escapeProperty("a: b, c%")).toBe("a%3A b%2C c%25");
  });
});
