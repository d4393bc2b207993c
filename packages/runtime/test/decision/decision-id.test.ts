import { describe, expect, it } from "vitest";
import { computeDecisionId } from "../../src/decision/decision-id";
import { buildChange, buildConflict } from "../factories";

describe("computeDecisionId", () => {
  const conflict = buildConflict({ changes: [buildChange({ system: "crm" }), buildChange({ system: "map" })] });

  it("gives the same id whatever the order of changes", () => {
    const reversed = { ...conflict, changes: [...conflict.changes].reverse() };
    expect(computeDecisionId(reversed)).toBe(computeDecisionId(conflict));
  });

  it("gives another id for another value", () => {
    const other = { ...conflict, changes: [buildChange({ system: "crm", value: "y" }), buildChange({ system: "map" })] };
    expect(computeDecisionId(other)).not.toBe(computeDecisionId(conflict));
  });

  it("gives the same id whatever the order of keys", () => {
    const reordered = { changes: conflict.changes, base: conflict.base, field: conflict.field, record: conflict.record };
    expect(computeDecisionId(reordered)).toBe(computeDecisionId(conflict));
  });
});
