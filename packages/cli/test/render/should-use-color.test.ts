import { describe, expect, it } from "vitest";
import { shouldUseColor } from "../../src/render/index";

describe("shouldUseColor", () => {
  it("colours a terminal", () => {
    expect(shouldUseColor({ isTTY: true, env: {} })).toBe(true);
  });

  it("does not colour a pipe", () => {
    expect(shouldUseColor({ isTTY: undefined, env: {} })).toBe(false);
  });

  it("does not colour a terminal when NO_COLOR is set", () => {
    expect(shouldUseColor({ isTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
  });

  it("ignores an empty NO_COLOR", () => {
    expect(shouldUseColor({ isTTY: true, env: { NO_COLOR: "" } })).toBe(true);
  });
});
