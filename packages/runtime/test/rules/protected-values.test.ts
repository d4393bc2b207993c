import { describe, expect, it } from "vitest";
import { applyProtectedValues } from "../../src/rules/protected-values";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

function resolve(baseValue: unknown, changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({ testField: buildField({ rule: { protectedValues: ["Disqualified"] }, review: [{ when: "protectedValue", queue: "revops" }] }) });
  const { field, state } = buildState(ir, buildConflict({ base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes: changes.map(buildChange) }));
  return applyProtectedValues(["Disqualified"], field, state);
}

describe("applyProtectedValues", () => {
  it("queues another system's overwrite of a protected base", () => {
    const state = resolve("Disqualified", [{ system: "map", value: "Engaged" }]);
    expect(listVerdicts(state)).toEqual(["queued/protectedValue"]);
  });

  it("lets the system of record replace a protected value", () => {
    const state = resolve("Disqualified", [{ system: "crm", value: "Working" }]);
    expect(listVerdicts(state)).toEqual(["open"]);
  });

  it("protects from the event time the system of record set the value", () => {
    const state = resolve("Working", [
      { system: "map", value: "Engaged", at: "2026-12-01T09:00:00Z" },
      { system: "crm", value: "Disqualified", at: "2026-12-01T10:00:00Z" },
      { system: "map", value: "Contacted", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["open", "open", "queued/protectedValue"]);
  });

  it("ends protection when the system of record replaces the value", () => {
    const state = resolve("Disqualified", [
      { system: "crm", value: "Working", at: "2026-12-01T10:00:00Z" },
      { system: "map", value: "Engaged", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["open", "open"]);
  });
});
