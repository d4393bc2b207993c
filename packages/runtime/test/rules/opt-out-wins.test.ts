import type { OptOutWins } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { applyOptOutWins } from "../../src/rules/opt-out-wins";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

const CONFIG: OptOutWins = { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 };
const consentField = (review: { when: "optInWithoutEvidence"; queue: string }[] = []) =>
  buildField({ type: { kind: "boolean" }, systemOfRecord: "map", rule: { optOutWins: CONFIG }, review, category: "consent", tier: 1 });

function resolve(baseValue: unknown, changes: Parameters<typeof buildChange>[0][], review = false) {
  const ir = buildIr({ testField: consentField(review ? [{ when: "optInWithoutEvidence", queue: "revops" }] : []) });
  const { field, state } = buildState(ir, buildConflict({ base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes: changes.map(buildChange) }));
  return applyOptOutWins(CONFIG, field, state);
}

describe("applyOptOutWins", () => {
  it("adopts an opt-out from a system that does not own consent", () => {
    const state = resolve(false, [{ system: "crm", value: true }]);
    expect(state.adoption?.value).toBe(true);
  });

  it("lets an earlier opt-out win over a later opt-in", () => {
    const state = resolve(false, [
      { system: "crm", value: "true", at: "2026-12-01T10:00:00Z" },
      { system: "map", value: "false", at: "2026-12-01T11:00:00Z", context: { consentEvidence: "form-123" } },
    ]);
    expect(listVerdicts(state)).toEqual(["applied/optOut", "applied/unchanged"]);
  });

  it("rejects a later opt-in that conflicts with an opt-out", () => {
    const state = resolve(null, [
      { system: "crm", value: true, at: "2026-12-01T10:00:00Z" },
      { system: "map", value: false, at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["applied/optOut", "rejected/optOutWins"]);
  });

  it("applies an opt-in from the system of record with evidence", () => {
    const state = resolve(true, [{ system: "map", value: "false", context: { consentEvidence: "double-opt-in 2026-12-01" } }]);
    expect(state.adoption?.value).toBe(false);
  });

  it("rejects an opt-in without evidence when no review trigger exists", () => {
    const state = resolve(true, [{ system: "map", value: "false" }]);
    expect(listVerdicts(state)).toEqual(["rejected/optInWithoutEvidence"]);
  });

  it("queues an opt-in without evidence under an optInWithoutEvidence trigger", () => {
    const state = resolve(true, [{ system: "map", value: "false" }], true);
    expect(state.review?.trigger).toBe("optInWithoutEvidence");
  });

  it("rejects an opt-in from outside the system of record even with evidence", () => {
    const state = resolve(true, [{ system: "crm", value: false, context: { consentEvidence: "call" } }]);
    expect(listVerdicts(state)).toEqual(["rejected/optInOutsideSystemOfRecord"]);
  });

  it("treats a clear of an opt-out as a return to opted-in", () => {
    const state = resolve(true, [{ system: "map", value: "" }]);
    expect(listVerdicts(state)).toEqual(["rejected/optInWithoutEvidence"]);
  });

  it("leaves changes open when nobody is opted out", () => {
    const state = resolve(false, [{ system: "map", value: "false" }, { system: "crm", value: 0 }]);
    expect(state.adoption).toBeNull();
  });
});
