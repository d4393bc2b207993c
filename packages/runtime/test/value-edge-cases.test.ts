// Decisions on the cases users get wrong: multi-selects in any delimiter, values another system
// cannot hold, blanks without a base, and timestamps in every encoding.

import type { Field } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { resolveMerge } from "../src/merge/resolve-merge";
import { resolveConflict } from "../src/resolve-conflict";
import { buildChange, buildConflict, buildField, buildIr, TEST_NOW } from "./factories";

const interests: Field = buildField({
  type: {
    kind: "multiPicklist",
    values: ["Analytics", "Automation", "Beta"],
    valueMaps: {
      crm: { values: { Analytics: "Analytics", Automation: "Automation" }, inboundOnly: {}, addToPicklist: [] },
      map: {
        values: { analytics: "Analytics", automation: "Automation", beta: "Beta" },
        inboundOnly: {},
        addToPicklist: [],
      },
    },
  },
  bindings: { crm: { property: "Interests__c", create: false }, map: { property: "interests", create: false } },
  rule: { lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["crm", "map"] } },
  merge: "union",
});
const ir = buildIr({ testField: interests, title: buildField() });
const options = { now: TEST_NOW };

describe("multi-select fields", () => {
  it("treats a reordered set with another delimiter as unchanged", () => {
    const conflict = buildConflict({
      base: { value: ["Analytics", "Automation"], at: null },
      changes: [buildChange({ value: "automation|analytics" })],
    });
    expect(resolveConflict(ir, conflict, options).audit[0]!.reason).toBe("unchanged");
  });

  it("writes the set to Salesforce joined with semicolons", () => {
    const conflict = buildConflict({
      base: { value: ["Analytics"], at: null },
      changes: [buildChange({ value: "automation,analytics" })],
    });
    expect(resolveConflict(ir, conflict, options).writes).toEqual([
      expect.objectContaining({ system: "crm", value: "Analytics;Automation" }),
    ]);
  });

  it("rejects a value Salesforce cannot hold with its own reason", () => {
    const conflict = buildConflict({
      base: { value: ["Analytics"], at: null },
      changes: [buildChange({ value: "analytics;beta" })],
    });
    expect(resolveConflict(ir, conflict, options).rejected.map((rejection) => rejection.reason)).toEqual([
      "notAllowedInTarget",
    ]);
  });

  it("still resolves the record's other fields", () => {
    const conflict = buildConflict({ field: "title", changes: [buildChange({ system: "crm", value: "CTO" })] });
    expect(resolveConflict(ir, conflict, options).value).toBe("CTO");
  });

  it("merges duplicates by union", () => {
    const result = resolveMerge(ir, {
      records: [
        { id: "a", crmId: "00Q5f000001abcd", createdAt: 1, fields: { testField: { value: ["Analytics"], at: null } } },
        { id: "b", crmId: null, createdAt: 0, fields: { testField: { value: "Beta;Automation", at: null } } },
      ],
    });
    expect(result.fields.testField!.value).toEqual(["Analytics", "Automation", "Beta"]);
  });
});

describe("blanks", () => {
  const textIr = buildIr({
    testField: buildField({ rule: { lastWriteWins: { skewToleranceSeconds: 0, tieBreak: ["crm"] } } }),
  });

  it("marks a blank without a base as ambiguous in the audit", () => {
    const decision = resolveConflict(
      textIr,
      buildConflict({ base: null, changes: [buildChange({ value: "" })] }),
      options,
    );
    expect(decision.audit[0]!.reason).toBe("ambiguousBlank");
  });

  it("writes nothing when a missing base meets only blanks", () => {
    const decision = resolveConflict(
      textIr,
      buildConflict({ base: null, changes: [buildChange({ value: null })] }),
      options,
    );
    expect(decision.writes).toEqual([]);
  });

  it("propagates a clear of a value the base held", () => {
    const decision = resolveConflict(
      textIr,
      buildConflict({ base: { value: "Acme", at: null }, changes: [buildChange({ value: "[[unknown]]" })] }),
      options,
    );
    expect(decision.value).toBeNull();
  });

  it("treats a placeholder over a blank base as never set", () => {
    const decision = resolveConflict(
      textIr,
      buildConflict({ base: { value: null, at: null }, changes: [buildChange({ value: "Unknown" })] }),
      options,
    );
    expect(decision.audit[0]!.reason).toBe("unchanged");
  });
});

describe("event times", () => {
  const textIr = buildIr({
    testField: buildField({ rule: { lastWriteWins: { skewToleranceSeconds: 0, tieBreak: ["crm", "map"] } } }),
  });

  it.each([
    ["epoch seconds", Date.UTC(2026, 11, 1, 12, 0, 5) / 1000],
    ["epoch milliseconds", Date.UTC(2026, 11, 1, 12, 0, 5)],
    ["Salesforce's +0000", "2026-12-01T12:00:05.000+0000"],
    ["a +02:00 offset", "2026-12-01T14:00:05+02:00"],
  ])("orders a change at %s as an instant", (_name, at) => {
    const conflict = buildConflict({
      changes: [
        buildChange({ system: "crm", value: "older", at: "2026-12-01T12:00:00Z" }),
        buildChange({ system: "map", value: "newer", at }),
      ],
    });
    expect(resolveConflict(textIr, conflict, options).value).toBe("newer");
  });

  it("rejects a change whose time is invalid", () => {
    const decision = resolveConflict(textIr, buildConflict({ changes: [buildChange({ at: "yesterday" })] }), options);
    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["invalidTime"]);
  });

  it("rejects a change older than the base", () => {
    const base = { value: "agreed", at: "2026-12-01T12:00:00Z" };
    const stale = buildChange({ system: "map", value: "stale", at: "2026-12-01T11:59:59+0000" });
    const decision = resolveConflict(textIr, buildConflict({ base, changes: [stale] }), options);

    expect(decision.value).toBe("agreed");
    expect(decision.audit.map((entry) => [entry.disposition, entry.reason])).toEqual([["rejected", "olderThanBase"]]);
    expect(decision.writes.map((write) => [write.system, write.value])).toEqual([["map", "agreed"]]);
  });

  it("judges a change at the base time", () => {
    const base = { value: "agreed", at: Date.UTC(2026, 11, 1, 12) };
    const change = buildChange({ value: "same second", at: "2026-12-01T12:00:00.000+0000" });
    const decision = resolveConflict(textIr, buildConflict({ base, changes: [change] }), options);

    expect(decision.value).toBe("same second");
  });

  describe("on a consent field", () => {
    const consentIr = buildIr({
      testField: buildField({
        type: { kind: "boolean" },
        systemOfRecord: "map",
        category: "consent",
        rule: { optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 } },
      }),
    });
    const base = { value: false, at: "2026-12-01T12:00:00Z" };

    it.each(["crm", "map"])("adopts a stale opt-out from %s", (system) => {
      const optOut = buildChange({ system, value: true, at: "2026-12-01T11:59:59Z" });
      const decision = resolveConflict(consentIr, buildConflict({ base, changes: [optOut] }), options);

      expect(decision.value).toBe(true);
      expect(decision.audit.map((entry) => entry.reason)).toEqual(["optOut"]);
    });

    it("rejects a stale opt-in", () => {
      const optedOut = { value: true, at: "2026-12-01T12:00:00Z" };
      const optIn = buildChange({ system: "map", value: false, at: "2026-12-01T11:00:00Z", context: { consentEvidence: "form" } });
      const decision = resolveConflict(consentIr, buildConflict({ base: optedOut, changes: [optIn] }), options);

      expect(decision.value).toBe(true);
      expect(decision.audit.map((entry) => entry.reason)).toEqual(["olderThanBase"]);
    });
  });

  it("ignores a stale value as previous value", () => {
    const base = { value: "agreed", at: "2026-12-01T12:00:00Z" };
    const changes = [
      buildChange({ system: "map", value: "stale", at: "2026-12-01T11:00:00Z" }),
      buildChange({ system: "map", value: "agreed", at: "2026-12-01T13:00:00Z" }),
    ];
    const decision = resolveConflict(textIr, buildConflict({ base, changes }), options);

    expect(decision.audit.map((entry) => entry.reason)).toEqual(["olderThanBase", "unchanged"]);
    expect(decision.writes).toEqual([]);
  });
});

describe("values that are objects", () => {
  // JSON lines can carry an object whose `toString` is not a function; `String()` throws on it.
  const unprintable = { toString: false };

  it("rejects such a value on a text field without throwing", () => {
    const decision = resolveConflict(
      buildIr(),
      buildConflict({ base: null, changes: [buildChange({ value: [unprintable] })] }),
      options,
    );

    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["invalidValue"]);
  });

  it("rejects such an item of a multi-select without throwing", () => {
    const decision = resolveConflict(
      ir,
      buildConflict({ changes: [buildChange({ value: [unprintable, "beta"] })] }),
      options,
    );

    expect(decision.rejected.map((rejection) => rejection.reason)).toEqual(["unmappedValue"]);
  });
});
