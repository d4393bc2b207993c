import { describe, expect, it } from "vitest";
import { MAX_LINE_WIDTH, wrapProse } from "../src/render-blocks";

const WORDS = Array.from({ length: 60 }, (_, index) => `word${index}`).join(" ");

describe("wrapProse", () => {
  it("keeps every line within the maximum width", () => {
    const lines = wrapProse(WORDS, "- ", "  ").split("\n");

    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((line) => line.length > MAX_LINE_WIDTH)).toEqual([]);
  });

  it("indents continuation lines with the rest prefix", () => {
    const lines = wrapProse(WORDS, "- ", "  ").split("\n");

    expect(lines[0]!.startsWith("- ")).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith("  ") && !line.startsWith("   "))).toBe(true);
  });

  it("moves a block marker down with the word before it", () => {
    // Without the rule the break would fall just before "-", and the second line would be a list item.
    const long = "x".repeat(MAX_LINE_WIDTH - 7);

    expect(wrapProse(`short ${long} - tail`, "", "").split("\n")).toEqual(["short", `${long} - tail`]);
  });

  it("keeps an ordered-list marker off the start of a line", () => {
    const long = "x".repeat(MAX_LINE_WIDTH - 8);

    expect(wrapProse(`short ${long} 1. tail`, "", "").split("\n")).toEqual(["short", `${long} 1. tail`]);
  });

  it("leaves a word longer than the width whole", () => {
    const long = "x".repeat(MAX_LINE_WIDTH + 10);

    expect(wrapProse(`short ${long} short`, "", "").split("\n")).toEqual(["short", long, "short"]);
  });
});
