import { describe, expect, it } from "vitest";
import { applySourcePriority } from "../../src/rules/source-priority";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

const CONFIG = { order: ["crm", "enrichment", "map"] as [string, ...string[]] };

function resolve(baseValue: unknown, changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({ testField: buildField({ rule: { sourcePriority: CONFIG } }) });
  const { field, state } = buildState(ir, buildConflict({ base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes: changes.map(buildChange) }));
  return applySourcePriority(CONFIG, field, state);
}

describe("applySourcePriority", () => {
  it("takes the first system in order with a value", () => {
    const state = resolve(null, [
      { system: "map", value: "m" },
      { system: "enrichment", value: "e" },
    ]);
    expect(state.adoption?.source).toBe("enrichment");
  });

  it("skips a higher system whose change is blank", () => {
    const state = resolve("b", [
      { system: "crm", value: "Unknown" },
      { system: "enrichment", value: "e" },
    ]);
    expect(listVerdicts(state)).toEqual(["rejected/lowerPriority", "applied/highestPriority"]);
  });

  it("keeps an unchanged higher system's base value", () => {
    const state = resolve("b", [{ system: "map", value: "m" }]);
    expect(state.adoption?.source).toBe("base");
  });
});
