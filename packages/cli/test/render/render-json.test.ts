import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@fieldpolicy/core";
import { renderDiagnostics } from "../../src/render/index";
import { buildDiagnosticFixture, buildUnplacedDiagnosticFixture, SOURCES } from "./diagnostic-factory";

const KEY_ORDER = ["code", "severity", "message", "file", "line", "column", "endLine", "endColumn", "path", "hint"];

function renderJson(diagnostics: Diagnostic[]): unknown {
  return JSON.parse(renderDiagnostics(diagnostics, "json", { sources: SOURCES }));
}

describe("json renderer", () => {
  it("writes the diagnostics unchanged", () => {
    const diagnostic = buildDiagnosticFixture();

    expect(renderJson([diagnostic])).toEqual([diagnostic]);
  });

  it("writes keys in the order of the Diagnostic type", () => {
    const shuffled = Object.fromEntries(Object.entries(buildDiagnosticFixture()).reverse()) as unknown as Diagnostic;

    const [first] = renderJson([shuffled]) as Record<string, unknown>[];

    expect(Object.keys(first ?? {})).toEqual(KEY_ORDER);
  });

  it("keeps null places", () => {
    const [first] = renderJson([buildUnplacedDiagnosticFixture()]) as Record<string, unknown>[];

    expect(first?.["line"]).toBeNull();
  });

  it("writes an empty array for no diagnostics", () => {
    expect(renderDiagnostics([], "json", { sources: SOURCES })).toBe("[]\n");
  });

  it("gives the same bytes for the same diagnostics in another order", () => {
    const first = buildDiagnosticFixture({ line: 2 });
    const second = buildDiagnosticFixture({ line: 9 });

    const forward = renderDiagnostics([first, second], "json", { sources: SOURCES });
    const backward = renderDiagnostics([second, first], "json", { sources: SOURCES });

    expect(forward).toBe(backward);
  });
});
