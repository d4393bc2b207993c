import { describe, expect, it } from "vitest";
import { applyLockAfterFirstWrite } from "../../src/rules/lock-after-first-write";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

function resolve(baseValue: unknown, changes: Parameters<typeof buildChange>[0][], correctableBy: string[] = [], review = true) {
  const rule = { lockAfterFirstWrite: { correctableBy } };
  const ir = buildIr({ testField: buildField({ rule, review: review ? [{ when: "lockedWrite", queue: "revops" }] : [] }) });
  const conflict = buildConflict({ base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes: changes.map(buildChange) });
  const { field, state } = buildState(ir, conflict);
  return applyLockAfterFirstWrite(rule.lockAfterFirstWrite, field, state);
}

describe("applyLockAfterFirstWrite", () => {
  it("locks the earliest value by event time, not by arrival", () => {
    const state = resolve(null, [
      { system: "map", value: "Paid Search", at: "2026-12-01T12:00:05Z" },
      { system: "crm", value: "Web", at: "2026-12-01T12:00:00Z" },
    ]);
    expect(state.adoption?.value).toBe("Web");
  });

  it("queues a later different write under lockedWrite", () => {
    const state = resolve(null, [
      { system: "map", value: "Paid Search", at: "2026-12-01T12:00:05Z" },
      { system: "crm", value: "Web", at: "2026-12-01T12:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["applied/firstWrite", "queued/lockedAfterFirstWrite"]);
  });

  it("rejects a write over a locked base without a review trigger", () => {
    const state = resolve("Web", [{ system: "map", value: "Paid Search" }], [], false);
    expect(listVerdicts(state)).toEqual(["rejected/lockedAfterFirstWrite"]);
  });

  it("rejects a clear of a locked value", () => {
    const state = resolve("Web", [{ system: "map", value: "" }], [], false);
    expect(listVerdicts(state)).toEqual(["rejected/lockedAfterFirstWrite"]);
  });

  it("leaves a correcting system's change open", () => {
    const state = resolve("Web", [{ system: "crm", value: "Referral" }], ["crm"]);
    expect(listVerdicts(state)).toEqual(["open"]);
  });
});
