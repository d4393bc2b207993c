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

describe("computeDecisionId on unusual inputs", () => {
  const conflict = buildConflict({ changes: [buildChange({ system: "crm" }), buildChange({ system: "map" })] });

  it("gives an object without a prototype the id of the plain object", () => {
    const bare = Object.assign(Object.create(null) as object, conflict);
    expect(computeDecisionId(bare)).toBe(computeDecisionId(conflict));
  });

  it("separates missing, empty and null members", () => {
    const [first, second] = conflict.changes;
    const withContext = { ...conflict, changes: [{ ...first!, context: {} }, second!] };
    const withNull = { ...conflict, changes: [{ ...first!, value: null }, second!] };
    const { value: _dropped, ...withoutValue } = first!;
    const missingValue = { ...conflict, changes: [withoutValue, second!] };
    const ids = new Set([conflict, withContext, withNull, missingValue].map(computeDecisionId));
    expect(ids.size).toBe(4);
  });

  it("tells a text value from an object whose canonical text it spells", () => {
    const [first, second] = conflict.changes;
    const asObject = { ...conflict, changes: [{ ...first!, value: { a: 1 } }, second!] };
    const asText = { ...conflict, changes: [{ ...first!, value: '{"a":1}' }, second!] };
    const asTag = { ...conflict, changes: [{ ...first!, value: { canonical: '{"a":1}' } }, second!] };
    expect(new Set([asObject, asText, asTag].map(computeDecisionId)).size).toBe(3);
  });

  it("gives the same id whatever the order of keys inside an object value", () => {
    const [first, second] = conflict.changes;
    const sorted = { ...conflict, changes: [{ ...first!, context: { jobId: "j", verified: true } }, second!] };
    const other = { ...conflict, changes: [{ ...first!, context: { verified: true, jobId: "j" } }, second!] };
    expect(computeDecisionId(sorted)).toBe(computeDecisionId(other));
  });

  it.each([null, 42, "text", [], { record: "r" }, { changes: "none" }])("gives %j an id without throwing", (input) => {
    expect(computeDecisionId(input)).toMatch(/^d_[0-9a-f]{32}$/);
  });
});

describe("computeDecisionId on values JSON cannot carry", () => {
  const conflict = buildConflict({ changes: [buildChange({ system: "crm" })] });
  const withValue = (value: unknown) => ({ ...conflict, changes: [{ ...conflict.changes[0]!, value }] });

  it("separates values JSON cannot carry", () => {
    const values = [Number.NaN, Infinity, -Infinity, Symbol("x"), () => 1, 10n, null, undefined];
    expect(new Set(values.map((value) => computeDecisionId(withValue(value)))).size).toBe(values.length);
  });

  it("tags a list of texts that has its own toJSON", () => {
    const list = Object.assign(["a"], { toJSON: () => "Working" });
    expect(computeDecisionId(withValue(list))).not.toBe(computeDecisionId(withValue("Working")));
  });
});
