import { describe, expect, it } from "vitest";
import { renderDiagnostics } from "../../src/render/index";
import { renderSummary } from "../../src/render/render-text";
import { buildDiagnosticFixture, buildUnplacedDiagnosticFixture, POLICY_FILE, SOURCES } from "./diagnostic-factory";

const ESCAPE = "\u001b[";

function renderPlain(...diagnostics: ReturnType<typeof buildDiagnosticFixture>[]): string {
  return renderDiagnostics(diagnostics, "text", { sources: SOURCES, color: false });
}

describe("text renderer", () => {
  it("writes the place, severity, code and message on the first line", () => {
    const output = renderPlain(buildDiagnosticFixture());

    expect(output.split("\n")[0]).toBe(
      `${POLICY_FILE}:8:15 - error FP3101: Field "consent" is tier 1 and must not resolve with lastWriteWins.`,
    );
  });

  it("shows the source line with a marker under the range", () => {
    const output = renderPlain(buildDiagnosticFixture());

    expect(output).toContain(
      ["  7 |       tier: 1,", "> 8 |       rule: { lastWriteWins: {} },", "    |               ^~~~~~~~~~~~~"].join(
        "\n",
      ),
    );
  });

  it("prints the hint", () => {
    const output = renderPlain(buildDiagnosticFixture());

    expect(output).toContain("  hint: Use ownerWins with a review trigger, or waive FP3101 with a reason.");
  });

  it("ends with a summary of the counts", () => {
    const output = renderPlain(buildDiagnosticFixture(), buildDiagnosticFixture({ severity: "warning" }));

    expect(output.endsWith("1 error and 1 warning.\n")).toBe(true);
  });

  it("renders a diagnostic without a location with no frame", () => {
    const output = renderPlain(buildUnplacedDiagnosticFixture());

    expect(output).toBe('error FP4004: The path "policies/missing" contains no policy file.\n\n1 error.\n');
  });

  it("renders no frame when the source text is unknown", () => {
    const output = renderDiagnostics([buildDiagnosticFixture({ hint: null })], "text", { sources: {}, color: false });

    expect(output).not.toContain(" | ");
  });

  it("writes only the file when the line is unknown", () => {
    const output = renderPlain(buildDiagnosticFixture({ line: null, column: null, endLine: null, endColumn: null }));

    expect(output.startsWith(`${POLICY_FILE} - error FP3101:`)).toBe(true);
  });

  it("lists diagnostics by file and line", () => {
    const later = buildDiagnosticFixture({ code: "FP3200", line: 9, column: 5, endLine: 9, endColumn: 6 });
    const earlier = buildDiagnosticFixture({ code: "FP3100", line: 4, column: 3, endLine: 4, endColumn: 7 });

    const output = renderPlain(later, earlier);

    expect(output.indexOf("FP3100")).toBeLessThan(output.indexOf("FP3200"));
  });

  it("carries no escape codes without colour", () => {
    expect(renderPlain(buildDiagnosticFixture())).not.toContain(ESCAPE);
  });

  it("colours the severity when colour is on", () => {
    const output = renderDiagnostics([buildDiagnosticFixture()], "text", { sources: SOURCES, color: true });

    expect(output).toContain(`${ESCAPE}31merror`);
  });

  it("colours the marker but not its indent", () => {
    const output = renderDiagnostics([buildDiagnosticFixture()], "text", { sources: SOURCES, color: true });

    expect(output).toContain(`|${ESCAPE}22m ${" ".repeat(14)}${ESCAPE}1m${ESCAPE}31m^~~~`);
  });
});

describe("renderSummary", () => {
  it("reports no problems for an empty list", () => {
    expect(renderSummary([])).toBe("No problems found.");
  });

  it("counts each severity in plural", () => {
    const diagnostics = [
      buildDiagnosticFixture(),
      buildDiagnosticFixture(),
      buildDiagnosticFixture({ severity: "warning" }),
      buildDiagnosticFixture({ severity: "info" }),
      buildDiagnosticFixture({ severity: "info" }),
    ];

    expect(renderSummary(diagnostics)).toBe("2 errors, 1 warning and 2 info messages.");
  });
});
