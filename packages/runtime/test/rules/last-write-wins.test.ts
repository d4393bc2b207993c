import type { LastWriteWins } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { applyLastWriteWins } from "../../src/rules/last-write-wins";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";

const CONFIG: LastWriteWins = { skewToleranceSeconds: 2, tieBreak: ["crm", "map"] };

function resolve(changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({ testField: buildField({ rule: { lastWriteWins: CONFIG } }) });
  const { field, state } = buildState(ir, buildConflict({ changes: changes.map(buildChange) }));
  return applyLastWriteWins(CONFIG, field, state);
}

describe("applyLastWriteWins", () => {
  it("takes the newest change by event time", () => {
    const state = resolve([
      { system: "map", value: "m", at: "2026-12-01T12:00:10Z" },
      { system: "crm", value: "c", at: 1796126400000 },
    ]);
    expect(state.adoption?.value).toBe("m");
  });

  it("compares instants across offset forms", () => {
    const state = resolve([
      { system: "map", value: "m", at: "2026-12-01T13:00:00+02:00" },
      { system: "crm", value: "c", at: "2026-12-01T11:30:00.000+0000" },
    ]);
    expect(state.adoption?.value).toBe("c");
  });

  it("breaks a tie within the skew tolerance by the tie-break order", () => {
    const state = resolve([
      { system: "map", value: "m", at: "2026-12-01T12:00:01Z" },
      { system: "crm", value: "c", at: "2026-12-01T12:00:00Z" },
    ]);
    expect(state.adoption?.value).toBe("c");
  });

  it("lets the newer change win beyond the skew tolerance", () => {
    const state = resolve([
      { system: "map", value: "m", at: "2026-12-01T12:00:03Z" },
      { system: "crm", value: "c", at: "2026-12-01T12:00:00Z" },
    ]);
    expect(state.adoption?.value).toBe("m");
  });
});
