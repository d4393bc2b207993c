import { describe, expect, it } from "vitest";
import { planPurge } from "../src/index";
import { loadLeadPolicy } from "./support/lead-policy";

describe("planPurge", () => {
  it("counts retention back from now per field", async () => {
    const cutoffs = planPurge(await loadLeadPolicy(), "2026-12-04T12:00:00.000Z");
    const byField = Object.fromEntries(cutoffs.map((cutoff) => [cutoff.field, cutoff.before]));

    expect(byField["leadStatus"]).toBe("2026-09-05T12:00:00.000Z");
    expect(byField["company"]).toBe("2026-11-04T12:00:00.000Z");
  });

  it("covers every field of the policy", async () => {
    const policy = await loadLeadPolicy();
    const cutoffs = planPurge(policy, "2026-12-04T12:00:00.000Z");

    expect(cutoffs.map((cutoff) => cutoff.field)).toEqual(Object.keys(policy.fields).sort());
  });
});
