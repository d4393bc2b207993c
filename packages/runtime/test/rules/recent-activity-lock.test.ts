import { describe, expect, it } from "vitest";
import { applyRecentActivityLock } from "../../src/rules/recent-activity-lock";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

const CONFIG = { windowDays: 14, systems: ["map"] };

function resolve(changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({ testField: buildField({ rule: { recentActivityLock: CONFIG } }) });
  const { field, state } = buildState(ir, buildConflict({ changes: changes.map(buildChange) }));
  return applyRecentActivityLock(CONFIG, field, state);
}

describe("applyRecentActivityLock", () => {
  it("rejects a change within the window after reported activity", () => {
    const state = resolve([{ system: "map", at: "2026-12-01T12:00:00Z", context: { lastActivityAt: "2026-11-25T09:00:00.000+0000" } }]);
    expect(listVerdicts(state)).toEqual(["rejected/recentActivity"]);
  });

  it("allows a change after the window", () => {
    const state = resolve([{ system: "map", at: "2026-12-01T12:00:00Z", context: { lastActivityAt: "2026-11-01T09:00:00Z" } }]);
    expect(listVerdicts(state)).toEqual(["open"]);
  });

  it("counts the system of record's own earlier change as activity", () => {
    const state = resolve([
      { system: "crm", value: "Working", at: "2026-12-01T10:00:00Z" },
      { system: "map", value: "Contacted", at: "2026-12-01T12:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["open", "rejected/recentActivity"]);
  });

  it("ignores activity after the change", () => {
    const state = resolve([{ system: "map", at: "2026-12-01T12:00:00Z", context: { lastActivityAt: "2026-12-02T09:00:00Z" } }]);
    expect(listVerdicts(state)).toEqual(["open"]);
  });
});
