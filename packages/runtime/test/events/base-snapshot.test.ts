import { describe, expect, it } from "vitest";
import { checkBaseSnapshot } from "../../src/events/index";
import { loadLeadIr } from "../factories";
import { buildBase, buildBaseRecord, CONVERTED_LEAD_ID } from "./event-factories";

function problemsOf(input: unknown): string[] {
  const check = checkBaseSnapshot(loadLeadIr(), input);
  return check.ok ? [] : check.problems;
}

describe("checkBaseSnapshot", () => {
  it("accepts a valid snapshot", () => {
    expect(checkBaseSnapshot(loadLeadIr(), buildBase()).ok).toBe(true);
  });

  it("accepts a field without a time", () => {
    const base = buildBase({ a: buildBaseRecord({ fields: { leadStatus: { value: "New", at: null } } }) });

    expect(problemsOf(base)).toEqual([]);
  });

  it("rejects a file without records", () => {
    expect(problemsOf([])).toEqual(['/: the base snapshot must be a JSON object with a "records" object.']);
  });

  it("rejects an unknown object", () => {
    expect(problemsOf(buildBase({ a: buildBaseRecord({ object: "account" }) }))).toEqual([
      '/records/a/object: "account" is not an object of the policy "lead"; use one of lead, opportunity.',
    ]);
  });

  it("rejects an id for a system that does not bind the object", () => {
    const base = buildBase({ a: buildBaseRecord({ object: "opportunity", fields: {}, ids: { enrichment: "x1" } }) });

    expect(problemsOf(base)).toEqual([
      '/records/a/ids/enrichment: the policy binds the object "opportunity" in crm, map, not in "enrichment".',
    ]);
  });

  it("rejects a field of another object", () => {
    const base = buildBase({ a: buildBaseRecord({ fields: { opportunityStage: { value: "Closed Won", at: null } } }) });

    expect(problemsOf(base)).toEqual([
      '/records/a/fields/opportunityStage: the object "lead" has no field "opportunityStage" in the policy "lead".',
    ]);
  });

  it("rejects an unreadable time", () => {
    const base = buildBase({ a: buildBaseRecord({ fields: { leadStatus: { value: "New", at: "last week" } } }) });

    expect(problemsOf(base)[0]).toContain('/records/a/fields/leadStatus/at: "last week" is not a time');
  });

  it("rejects a 15-character Id of another record's 18-character Id", () => {
    const base = buildBase({
      a: buildBaseRecord(),
      b: buildBaseRecord({ ids: { crm: CONVERTED_LEAD_ID.slice(0, 15) } }),
    });

    expect(problemsOf(base)).toEqual([
      `/records/b/ids/crm: the crm id ${CONVERTED_LEAD_ID.slice(0, 15)} also belongs to the record "a"; each id may name one record.`,
    ]);
  });

  it("lists the problems of every record", () => {
    const base = buildBase({ a: buildBaseRecord({ object: "account" }), b: buildBaseRecord({ ids: {} }) });

    expect(problemsOf(base)).toHaveLength(2);
  });
});
