import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { IR_TYPES_URL, renderIrTypes } from "../src/ir/render-ir-types";

describe("generated IR types", () => {
  it("match the IR schema", async () => {
    const committed = await readFile(IR_TYPES_URL, "utf8");

    const regenerated = await renderIrTypes();

    expect(committed, "stale IR types: run `pnpm gen:types`").toBe(regenerated);
  });

  it("carry a generated banner", async () => {
    const committed = await readFile(IR_TYPES_URL, "utf8");

    expect(committed.split("\n")[0]).toContain("do not edit");
  });
});
