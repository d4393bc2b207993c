import type { ChangeInput, ConflictInput } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { createResolver } from "../src/session/create-resolver";
import { buildUsers, loadLeadIr, TEST_NOW } from "./factories";

const ir = loadLeadIr();

function statusConflict(record: string, changes: ChangeInput[], baseValue: unknown = "New"): ConflictInput {
  return { record, field: "leadStatus", base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes };
}

describe("echo recognition", () => {
  const first = statusConflict("00Q5f000001abcd", [{ system: "crm", value: "Working - Contacted", at: "2026-12-01T10:00:00.000+0000", actor: "rep" }]);
  const echo: ChangeInput = { system: "map", value: "IN_PROGRESS", at: "2026-12-01T10:05:00Z", actor: "hubspot.integration@example.com" };

  it("applies the echo of the session's own write as no conflict", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    resolver.resolve(first);
    const decision = resolver.resolve(statusConflict("00Q5f000001abcdEAA", [echo], "New"));
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["echo"]);
  });

  it("keeps the echoed value over a base older than the echo", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    resolver.resolve(first);
    const decision = resolver.resolve(statusConflict("00Q5f000001abcdEAA", [echo], "New"));
    expect(decision.value).toBe("Working");
    expect(decision.source).toBe("map");
    expect(decision.rule.explanation).toMatch(/echo of the resolver.s own earlier write/);
    expect(decision.writes.map((write) => [write.system, write.value])).toEqual([["crm", "Working - Contacted"]]);
  });

  it("adopts no echo taken on the adapter's word", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    const trusted = { ...echo, context: { echoOf: `d_${"a".repeat(32)}:map` } };
    const decision = resolver.resolve(statusConflict("00Q5f000001abcdEAA", [trusted], "New"));
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["echo"]);
    expect(decision.value).toBe("New");
    expect(decision.source).toBe("base");
  });

  it("keeps a base newer than the echo", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    resolver.resolve(first);
    const newerBase = { value: "New", at: "2026-12-01T11:00:00Z" };
    const decision = resolver.resolve({ ...statusConflict("00Q5f000001abcdEAA", [echo]), base: newerBase });
    expect(decision.value).toBe("New");
    expect(decision.source).toBe("base");
  });

  it("treats the same change as real without an earlier write", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    const decision = resolver.resolve(statusConflict("00Q5f000001abcdEAA", [echo], "New"));
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["limitedValue"]);
  });

  it("consumes the write, so a second identical change is real", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    resolver.resolve(first);
    resolver.resolve(statusConflict("00Q5f000001abcdEAA", [echo], "New"));
    const decision = resolver.resolve(statusConflict("00Q5f000001abcdEAA", [echo], "New"));
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["limitedValue"]);
  });

  it("does not suppress a real change to another field of the record", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    resolver.resolve(first);
    const decision = resolver.resolve({
      record: "00Q5f000001abcdEAA",
      field: "lifecycleStage",
      base: { value: "lead", at: "2026-11-01T00:00:00Z" },
      changes: [{ system: "map", value: "marketingqualifiedlead", at: "2026-12-01T10:05:00Z", actor: "workflow" }],
    });
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["permittedValue"]);
  });

  it("ignores an echoOf whose record differs from the named write", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    const written = resolver.resolve(first).writes[0]!;
    const decision = resolver.resolve(statusConflict("other-record-id", [{ ...echo, context: { echoOf: written.id } }], "New"));
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["limitedValue"]);
  });

  it("recognizes an echoOf of the same value after a restart", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    const writeId = `d_${"a".repeat(32)}:map`;
    const decision = resolver.resolve(statusConflict("00Q5f000001abcdEAA", [{ ...echo, context: { echoOf: writeId } }], "New"));
    expect(decision.audit.map((entry) => entry.reason)).toEqual(["echo"]);
  });
});

describe("bulk opt-in flips", () => {
  const flip = (index: number, context: Record<string, unknown>): ConflictInput => ({
    record: `lead-${index}`,
    field: "consent",
    base: { value: true, at: "2026-11-01T00:00:00Z" },
    changes: [{ system: "map", value: "false", at: Date.UTC(2026, 11, 1, 12, 0, index), actor: "import-bot", context }],
  });

  it("trusts flips up to the limit", () => {
    const resolver = createResolver(ir, { now: TEST_NOW, users: buildUsers() });
    const decisions = Array.from({ length: 50 }, (_, index) => resolver.resolve(flip(index, { consentEvidence: "import" })));
    expect(decisions.every((decision) => decision.value === false)).toBe(true);
  });

  it("distrusts an actor's flips beyond the limit within the window", () => {
    const resolver = createResolver(ir, { now: TEST_NOW, users: buildUsers() });
    const decisions = Array.from({ length: 51 }, (_, index) => resolver.resolve(flip(index, { consentEvidence: "import" })));
    expect(decisions.at(-1)!.rejected.map((rejection) => rejection.reason)).toEqual(["bulkFlip"]);
  });

  it("counts flips per job across actors", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    const decisions = Array.from({ length: 51 }, (_, index) => {
      const conflict = flip(index, { consentEvidence: "import", jobId: "job-7" });
      conflict.changes[0]!.actor = `user-${index}`;
      return resolver.resolve(conflict);
    });
    expect(decisions.at(-1)!.rejected.map((rejection) => rejection.reason)).toEqual(["bulkFlip"]);
  });

  it("forgets flips outside the window", () => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    const decisions = Array.from({ length: 51 }, (_, index) => {
      const conflict = flip(0, { consentEvidence: "import" });
      conflict.changes[0]!.at = Date.UTC(2026, 11, 1, 12, index * 11);
      return resolver.resolve(conflict);
    });
    expect(decisions.at(-1)!.value).toBe(false);
  });
});

describe("error decisions", () => {
  it.each([
    ["a string", "not a conflict"],
    ["a missing key", { record: "r", field: "leadStatus", changes: [] }],
    ["an unknown field", { record: "r", field: "nope", base: null, changes: [] }],
    ["an unknown system", { record: "r", field: "leadStatus", base: null, changes: [{ system: "erp", value: "x", at: 0, actor: "a" }] }],
  ])("reports %s as an error decision", (_name, input) => {
    const resolver = createResolver(ir, { now: TEST_NOW });
    expect(resolver.resolve(input as ConflictInput).outcome).toBe("error");
  });
});

describe("a resolver on input that exhausts the stack", () => {
  it("returns an error decision for a context nested 20,000 levels deep", () => {
    let context: Record<string, unknown> = {};
    for (let level = 0; level < 20_000; level += 1) {
      context = { nested: context };
    }
    const change = { system: "crm", value: "x", at: "2026-11-01T00:00:00Z", actor: "rep", context };
    const conflict = statusConflict("00Q5f000001abcdEAA", [change]);

    const decision = createResolver(ir, { now: TEST_NOW }).resolve(conflict);
    expect(decision.outcome).toBe("error");
    expect(decision.rule.explanation).toMatch(/could not be resolved/);
    expect(decision.id).toMatch(/^d_[0-9a-f]{32}$/);
  });
});


describe("consent writes to HubSpot", () => {
  const consent = (change: ChangeInput): ConflictInput => ({
    record: "00Q5f000001abcdEAA",
    field: "consent",
    base: { value: true, at: "2026-11-01T00:00:00Z" },
    changes: [change],
  });

  it("writes the opt-out back over a rejected opt-in", () => {
    const decision = createResolver(ir, { now: TEST_NOW }).resolve(
      consent({ system: "map", value: "false", at: "2026-11-02T00:00:00Z", actor: "workflow" }),
    );
    expect(decision.value).toBe(true);
    expect(decision.writes.map((write) => [write.system, write.value])).toEqual([["map", "true"]]);
  });
});
