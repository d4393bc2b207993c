import type { Field, PolicyIR } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { diffPolicies } from "../src/diff/diff-policies";
import { buildField, buildPolicy } from "./policy-factory";

function diffField(before: Partial<Field>, after: Partial<Field>) {
  return diffPolicies(buildPolicy({ leadStatus: buildField(before) }), buildPolicy({ leadStatus: buildField(after) }));
}

function kindsOf(changes: ReturnType<typeof diffPolicies>, severity: string): string[] {
  return changes.filter((change) => change.severity === severity).map((change) => change.kind);
}

describe("diffPolicies severity rules", () => {
  const base = buildField();

  const cases: { name: string; before?: Partial<Field>; after: Partial<Field>; severity: string; kind: string }[] = [
    {
      name: "system of record changed",
      after: { systemOfRecord: "map" },
      severity: "error",
      kind: "system-of-record-changed",
    },
    {
      name: "system gains write access",
      before: { rule: { ownerWins: { fillBlanks: false } } },
      after: { rule: { ownerWins: { fillBlanks: true } } },
      severity: "error",
      kind: "write-access-broadened",
    },
    {
      name: "limited values broadened",
      after: { rule: { ...base.rule, limitedValues: { map: ["Contacted", "Working"] } } },
      severity: "error",
      kind: "write-access-broadened",
    },
    { name: "tier lowered", after: { tier: 3 }, severity: "error", kind: "tier-lowered" },
    { name: "review trigger removed", after: { review: [] }, severity: "error", kind: "review-trigger-removed" },
    {
      name: "audit retention shortened",
      after: { audit: { retentionDays: 30, trackHistory: true } },
      severity: "error",
      kind: "audit-retention-shortened",
    },
    {
      name: "sync interval past the tier limit",
      after: { syncIntervalMinutes: 120 },
      severity: "error",
      kind: "sync-interval-past-limit",
    },
    {
      name: "lock after first write removed",
      before: { rule: { ...base.rule, lockAfterFirstWrite: { correctableBy: [] } } },
      after: {},
      severity: "error",
      kind: "lock-removed",
    },
    {
      name: "protected values removed",
      after: { rule: { ownerWins: { fillBlanks: false }, limitedValues: { map: ["Contacted"] } } },
      severity: "error",
      kind: "lock-removed",
    },
    {
      name: "one-way lock becomes two-way",
      after: { lockDirection: "twoWay" },
      severity: "error",
      kind: "lock-removed",
    },
    {
      name: "opt-out wins removed from consent",
      before: {
        category: "consent",
        type: { kind: "boolean" },
        rule: {
          ownerWins: { fillBlanks: false },
          optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
        },
      },
      after: { category: "consent", type: { kind: "boolean" }, rule: { ownerWins: { fillBlanks: false } } },
      severity: "error",
      kind: "opt-out-wins-removed",
    },
    {
      name: "picklist value added",
      after: {
        type: {
          ...(base.type as Extract<Field["type"], { kind: "picklist" }>),
          values: ["New", "Working", "Contacted", "Disqualified", "Nurture"],
        },
      },
      severity: "warning",
      kind: "picklist-values-added",
    },
    {
      name: "value map entry added",
      after: {
        type: {
          kind: "picklist",
          values: ["New", "Working", "Contacted", "Disqualified"],
          valueMaps: {
            map: {
              values: {
                NEW: "New",
                IN_PROGRESS: "Working",
                ATTEMPTED_TO_CONTACT: "Contacted",
                UNQUALIFIED: "Disqualified",
              },
              inboundOnly: { OPEN: "New" },
              addToPicklist: [],
            },
          },
        },
      },
      severity: "warning",
      kind: "value-map-changed",
    },
    {
      name: "tie-break order changed",
      before: { tier: 3, rule: { lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["crm", "map"] } } },
      after: { tier: 3, rule: { lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["map", "crm"] } } },
      severity: "warning",
      kind: "tie-break-changed",
    },
    {
      name: "maximum age changed",
      before: {
        tier: 3,
        systemOfRecord: "map",
        rule: {
          fillBlankOrStale: {
            source: "map",
            maxAge: { days: 90, changeTime: "field" },
            verifiedLockDays: 0,
            categories: {},
          },
        },
      },
      after: {
        tier: 3,
        systemOfRecord: "map",
        rule: {
          fillBlankOrStale: {
            source: "map",
            maxAge: { days: 30, changeTime: "field" },
            verifiedLockDays: 0,
            categories: {},
          },
        },
      },
      severity: "warning",
      kind: "max-age-changed",
    },
    { name: "label changed", after: { label: "Status" }, severity: "info", kind: "wording-changed" },
    {
      name: "description changed",
      after: { description: "The rep's state." },
      severity: "info",
      kind: "wording-changed",
    },
  ];

  it.each(cases)("$name is $severity $kind", ({ before = {}, after, severity, kind }) => {
    const changes = diffField(before, after);

    expect(kindsOf(changes, severity)).toContain(kind);
  });

  it("identical policies have no changes", () => {
    expect(diffPolicies(buildPolicy(), buildPolicy())).toEqual([]);
  });

  it("removed field is an error", () => {
    const changes = diffPolicies(buildPolicy(), buildPolicy({}));

    expect(kindsOf(changes, "error")).toEqual(["field-removed"]);
  });

  it("added field is info", () => {
    const changes = diffPolicies(buildPolicy({}), buildPolicy());

    expect(kindsOf(changes, "info")).toEqual(["field-added"]);
  });

  it("queue owner change is a warning", () => {
    const after: PolicyIR = buildPolicy();
    const queue = after.queues.revops;
    if (queue === undefined) throw new Error("factory has a revops queue");
    after.queues.revops = { ...queue, owner: "Sam Patel" };

    const changes = diffPolicies(buildPolicy(), after);

    expect(kindsOf(changes, "warning")).toEqual(["queue-owner-changed"]);
  });

  it("queue response time change is a warning", () => {
    const after: PolicyIR = buildPolicy();
    const queue = after.queues.revops;
    if (queue === undefined) throw new Error("factory has a revops queue");
    after.queues.revops = { ...queue, responseTime: { businessDays: 3 } };

    const changes = diffPolicies(buildPolicy(), after);

    expect(kindsOf(changes, "warning")).toEqual(["queue-responseTime-changed"]);
  });

  it("unclassified change is still reported", () => {
    const changes = diffField({}, { merge: "latest" });

    expect(changes.map((change) => change.path)).toEqual(["/fields/leadStatus/merge"]);
  });

  it("sync interval raised within the limit is a warning", () => {
    const changes = diffField({ syncIntervalMinutes: 15 }, { syncIntervalMinutes: 45 });

    expect(kindsOf(changes, "warning")).toEqual(["sync-interval-raised"]);
  });

  it("consent interval past 15 minutes is an error", () => {
    const consent: Partial<Field> = {
      category: "consent",
      type: { kind: "boolean" },
      rule: { ownerWins: { fillBlanks: false } },
    };
    const changes = diffField({ ...consent, syncIntervalMinutes: 15 }, { ...consent, syncIntervalMinutes: 60 });

    expect(kindsOf(changes, "error")).toEqual(["sync-interval-past-limit"]);
  });
});
