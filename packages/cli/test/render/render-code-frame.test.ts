import { describe, expect, it } from "vitest";
import { renderCodeFrame, type FrameRange } from "../../src/render/render-code-frame";

const PLAIN = { gutter: (text: string) => text, marker: (text: string) => text };

function frame(text: string, range: Partial<FrameRange> & { line: number }): string | null {
  return renderCodeFrame(text, { column: null, endLine: null, endColumn: null, ...range }, PLAIN);
}

describe("renderCodeFrame", () => {
  it("marks a single-line range with a caret and tildes", () => {
    const text = ["const a = 1;", "const bee = 2;", "const c = 3;"].join("\n");

    const output = frame(text, { line: 2, column: 7, endLine: 2, endColumn: 10 });

    expect(output).toBe(
      ["  1 | const a = 1;", "> 2 | const bee = 2;", "    |       ^~~", "  3 | const c = 3;"].join("\n"),
    );
  });

  it("marks one character when the range has no end", () => {
    const output = frame("abc\ndef", { line: 1, column: 2 });

    expect(output).toBe(["> 1 | abc", "    |  ^", "  2 | def"].join("\n"));
  });

  it("marks the whole content of a line without a column", () => {
    const output = frame("  indented text", { line: 1 });

    expect(output).toBe(["> 1 |   indented text", "    |   ^~~~~~~~~~~~~"].join("\n"));
  });

  it("marks every line of a multi-line range", () => {
    const text = ["a", "foo: {", "  bar: 1,", "},", "z"].join("\n");

    const output = frame(text, { line: 2, column: 6, endLine: 4, endColumn: 2 });

    expect(output).toBe(
      [
        "  1 | a",
        "> 2 | foo: {",
        "    |      ^",
        "> 3 |   bar: 1,",
        "    |   ~~~~~~~",
        "> 4 | },",
        "    | ~",
        "  5 | z",
      ].join("\n"),
    );
  });

  it("keeps tabs in front of the marker", () => {
    const output = frame("\tkey: value", { line: 1, column: 2, endLine: 1, endColumn: 5 });

    expect(output?.split("\n")[1]).toBe("    | \t^~~");
  });

  it("cuts a long range after five lines", () => {
    const text = Array.from({ length: 12 }, (_, index) => `line ${index + 1}`).join("\n");

    const output = frame(text, { line: 2, column: 1, endLine: 10, endColumn: 3 }) ?? "";

    expect(output).toContain("> 6 | line 6");
    expect(output).not.toContain("line 7");
    expect(output.split("\n").at(-1)).toBe("  . | ...");
  });

  it("widens the gutter for two-digit line numbers", () => {
    const text = Array.from({ length: 10 }, (_, index) => `l${index + 1}`).join("\n");

    const output = frame(text, { line: 9, column: 1, endLine: 9, endColumn: 3 });

    expect(output?.split("\n")).toEqual(["   8 | l8", ">  9 | l9", "     | ^~", "  10 | l10"]);
  });

  it("returns null for a line past the end of the text", () => {
    expect(frame("one line", { line: 3, column: 1 })).toBeNull();
  });

  it("reads Windows line endings", () => {
    const output = frame("first\r\nsecond", { line: 2, column: 1, endLine: 2, endColumn: 7 });

    expect(output).toBe(["  1 | first", "> 2 | second", "    | ^~~~~~"].join("\n"));
  });
});
