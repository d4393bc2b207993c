import { describe, expect, it } from "vitest";
import { parseBoolean } from "../../src/normalize/normalize-boolean";

describe("parseBoolean", () => {
  it.each([[true], ["true"], ["TRUE"], [1], ["1"], ["Yes"], ["y"]])("reads %j as true", (value) => {
    expect(parseBoolean(value)).toBe(true);
  });

  it.each([[false], ["false"], [0], ["0"], ["No"], ["off"]])("reads %j as false", (value) => {
    expect(parseBoolean(value)).toBe(false);
  });

  it.each([["maybe"], [2], [null], [{}]])("rejects %j", (value) => {
    expect(parseBoolean(value)).toBeUndefined();
  });
});
