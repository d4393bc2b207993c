import { describe, expect, it } from "vitest";
import { applyOwnerWins } from "../../src/rules/owner-wins";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

function resolve(baseValue: unknown, changes: Parameters<typeof buildChange>[0][], fillBlanks = false, review = false) {
  const ir = buildIr({
    testField: buildField({ rule: { ownerWins: { fillBlanks } }, review: review ? [{ when: "override", queue: "revops" }] : [] }),
  });
  const { field, state } = buildState(ir, buildConflict({ base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes: changes.map(buildChange) }));
  return applyOwnerWins({ fillBlanks }, field, state);
}

describe("applyOwnerWins", () => {
  it("keeps the system of record's change over a later one", () => {
    const state = resolve("a", [
      { system: "crm", value: "b", at: "2026-12-01T10:00:00Z" },
      { system: "map", value: "c", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["applied/systemOfRecord", "rejected/overriddenBySystemOfRecord"]);
  });

  it("queues an override under an override trigger", () => {
    const state = resolve("a", [{ system: "map", value: "c" }], false, true);
    expect(state.review?.trigger).toBe("override");
  });

  it("keeps the base when only another system changed", () => {
    const state = resolve("a", [{ system: "map", value: "c" }]);
    expect(state.adoption).toBeNull();
  });

  it("lets another system fill a blank when fillBlanks is set", () => {
    const state = resolve(null, [{ system: "map", value: "c" }], true);
    expect(state.adoption?.value).toBe("c");
  });

  it("rejects a fill of a blank when fillBlanks is not set", () => {
    const state = resolve(null, [{ system: "map", value: "c" }]);
    expect(listVerdicts(state)).toEqual(["rejected/overriddenBySystemOfRecord"]);
  });

  it("propagates a clear by the system of record", () => {
    const state = resolve("a", [{ system: "crm", value: "" }]);
    expect(state.adoption?.value).toBeNull();
  });

  it("supersedes the system of record's earlier change with its later one", () => {
    const state = resolve("a", [
      { system: "crm", value: "b", at: "2026-12-01T10:00:00Z" },
      { system: "crm", value: "c", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["rejected/superseded", "applied/systemOfRecord"]);
  });
});
