import path from "node:path";
import { RULE_PART_NAMES, type PolicyIR } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { describe, expect, it } from "vitest";
import { generateEnforcementPlan } from "../../src/build/generate-enforcement-plan";
import { REPOSITORY_ROOT } from "./build-project";

const IR = compilePolicy(path.join(REPOSITORY_ROOT, "policies/lead.policy.ts"), { cwd: REPOSITORY_ROOT }).ir as PolicyIR;

describe("generateEnforcementPlan", () => {
  it("gives every rule part of the default policy a layer", () => {
    expect(generateEnforcementPlan(IR).diagnostics).toEqual([]);
  });

  it("lists one entry per rule part", () => {
    const plan = JSON.parse(generateEnforcementPlan(IR).files[0]?.contents ?? "{}") as { entries: unknown[] };
    const partCount = Object.values(IR.fields).flatMap((field) => RULE_PART_NAMES.filter((part) => field.rule[part] !== undefined)).length;

    expect(plan.entries).toHaveLength(partCount);
  });
});
