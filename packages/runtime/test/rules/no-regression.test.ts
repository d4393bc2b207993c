import type { NoRegression } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { applyNoRegression } from "../../src/rules/no-regression";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

const CONFIG: NoRegression = { order: ["lead", "mql", "sql", "customer"], demotions: [{ from: "sql", to: "lead" }] };

function resolve(baseValue: unknown, changes: Parameters<typeof buildChange>[0][]) {
  const ir = buildIr({ testField: buildField({ rule: { noRegression: CONFIG }, review: [{ when: "regression", queue: "revops" }] }) });
  const { field, state } = buildState(ir, buildConflict({ base: { value: baseValue, at: "2026-11-01T00:00:00Z" }, changes: changes.map(buildChange) }));
  return applyNoRegression(CONFIG, field, state);
}

describe("applyNoRegression", () => {
  it("permits a forward move from another system", () => {
    expect(resolve("lead", [{ system: "map", value: "mql" }]).permitted).toEqual([true]);
  });

  it("queues a backward move from another system", () => {
    expect(listVerdicts(resolve("sql", [{ system: "map", value: "mql" }]))).toEqual(["queued/regression"]);
  });

  it("allows a named demotion by the system of record", () => {
    expect(listVerdicts(resolve("sql", [{ system: "crm", value: "lead" }]))).toEqual(["open"]);
  });

  it("queues an unnamed demotion by the system of record", () => {
    expect(listVerdicts(resolve("customer", [{ system: "crm", value: "mql" }]))).toEqual(["queued/regression"]);
  });

  it("queues a clear as a regression", () => {
    expect(listVerdicts(resolve("sql", [{ system: "map", value: "" }]))).toEqual(["queued/regression"]);
  });

  it("skips an earlier regression when finding the value in force", () => {
    const state = resolve("customer", [
      { system: "crm", value: "sql", at: "2026-12-01T10:00:00Z" },
      { system: "crm", value: "lead", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["queued/regression", "queued/regression"]);
  });

  it("compares with the system of record's earlier change in the same conflict", () => {
    const state = resolve("lead", [
      { system: "crm", value: "sql", at: "2026-12-01T10:00:00Z" },
      { system: "map", value: "mql", at: "2026-12-01T11:00:00Z" },
    ]);
    expect(listVerdicts(state)).toEqual(["open", "queued/regression"]);
  });
});
