import { describe, expect, it } from "vitest";
import { applyLimitedValues } from "../../src/rules/limited-values";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

const LIMITS = { map: ["Contacted", "Engaged"] };

function resolve(changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({ testField: buildField({ rule: { limitedValues: LIMITS } }) });
  const { field, state } = buildState(ir, buildConflict({ changes: changes.map(buildChange) }));
  return applyLimitedValues(LIMITS, field, state);
}

describe("applyLimitedValues", () => {
  it("permits a listed value", () => {
    expect(resolve([{ system: "map", value: "Contacted" }]).permitted).toEqual([true]);
  });

  it("rejects a value outside the list", () => {
    expect(listVerdicts(resolve([{ system: "map", value: "Qualified" }]))).toEqual(["rejected/limitedValue"]);
  });

  it("rejects a clear from a limited system", () => {
    expect(listVerdicts(resolve([{ system: "map", value: null }]))).toEqual(["rejected/limitedValue"]);
  });

  it("leaves unlisted systems alone", () => {
    expect(listVerdicts(resolve([{ system: "crm", value: "Qualified" }]))).toEqual(["open"]);
  });
});
