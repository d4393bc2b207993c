import type { FillBlankOrStale } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { applyFillBlankOrStale } from "../../src/rules/fill-blank-or-stale";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

const CONFIG: FillBlankOrStale = {
  source: "enrichment",
  maxAge: { days: 90, changeTime: "field" },
  verifiedLockDays: 90,
  categories: { executive: ["ceo", "chief"], engineering: ["engineer", "developer"] },
};

function resolve(base: { value: unknown; at: string | null } | null, changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({
    testField: buildField({ systemOfRecord: "enrichment", rule: { fillBlankOrStale: CONFIG }, review: [{ when: "categoryChange", queue: "revops" }] }),
  });
  const { field, state } = buildState(ir, buildConflict({ base, changes: changes.map((change) => buildChange({ system: "enrichment", ...change })) }));
  return applyFillBlankOrStale(CONFIG, field, state);
}

describe("applyFillBlankOrStale", () => {
  it("fills a placeholder", () => {
    const state = resolve({ value: "[[unknown]]", at: "2026-11-30T00:00:00Z" }, [{ value: "Data Engineer" }]);
    expect(listVerdicts(state)).toEqual(["applied/filledBlank"]);
  });

  it("replaces a value older than the maximum age", () => {
    const state = resolve({ value: "Engineer", at: "2026-01-01T00:00:00Z" }, [{ value: "Senior Engineer" }]);
    expect(listVerdicts(state)).toEqual(["applied/filledStale"]);
  });

  it("rejects a blank from the fill source", () => {
    const state = resolve({ value: "Engineer", at: "2026-01-01T00:00:00Z" }, [{ value: "Unknown" }]);
    expect(listVerdicts(state)).toEqual(["rejected/blankFill"]);
  });

  it("keeps a fresh value", () => {
    const state = resolve({ value: "Engineer", at: "2026-11-01T00:00:00Z" }, [{ value: "Senior Engineer" }]);
    expect(listVerdicts(state)).toEqual(["rejected/notStale"]);
  });

  it("measures age from the field's own change time", () => {
    const state = resolve({ value: "Engineer", at: "2026-01-01T00:00:00Z" }, [
      { value: "Senior Engineer", context: { fieldChangedAt: "2026-11-20T00:00:00Z" } },
    ]);
    expect(listVerdicts(state)).toEqual(["rejected/notStale"]);
  });

  it("keeps a recently verified value against the source", () => {
    const state = resolve({ value: "Engineer", at: "2026-01-01T00:00:00Z" }, [
      { value: "Senior Engineer", context: { verified: true, verifiedAt: "2026-10-01T00:00:00Z" } },
    ]);
    expect(listVerdicts(state)).toEqual(["rejected/verifiedLock"]);
  });

  it("queues a fill that changes the role category", () => {
    const state = resolve({ value: "Software Engineer", at: "2026-01-01T00:00:00Z" }, [{ value: "CEO" }]);
    expect(state.review?.trigger).toBe("categoryChange");
  });

  it("adopts a person's later edit over the fill", () => {
    const state = resolve({ value: null, at: null }, [
      { value: "Engineer", at: "2026-12-01T10:00:00Z" },
      { system: "crm", value: "Staff Engineer", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(state.adoption?.value).toBe("Staff Engineer");
  });

  it("keeps a person's earlier edit against a fill of the same day", () => {
    const state = resolve({ value: null, at: null }, [
      { system: "crm", value: "Staff Engineer", at: "2026-12-01T10:00:00Z" },
      { value: "Engineer", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["applied/adopted", "rejected/notStale"]);
  });
});
