// The enforcement plans of both example policies, compiled by the real compiler. Core cannot
// depend on the compiler, so this check of core's plan lives with the generators that read it.

import { describe, expect, it } from "vitest";
import { RULE_PART_NAMES, buildEnforcementPlan, checkEnforcementPlan } from "@fieldpolicy/core";
import { EXAMPLE_POLICIES, compileExample } from "../../../test/support/compile-example";

describe.each(Object.keys(EXAMPLE_POLICIES) as (keyof typeof EXAMPLE_POLICIES)[])("enforcement plan of %s", (name) => {
  const ir = compileExample(name);
  const plan = buildEnforcementPlan(ir);

  it("passes checkEnforcementPlan", () => {
    expect(checkEnforcementPlan(ir, plan)).toEqual([]);
  });

  it("has one entry per rule part", () => {
    const expected = Object.entries(ir.fields).flatMap(([fieldKey, field]) =>
      RULE_PART_NAMES.filter((part) => field.rule[part] !== undefined).map((part) => `${fieldKey}.${part}`),
    );

    expect(plan.entries.map((entry) => `${entry.field}.${entry.part}`)).toEqual(expected);
  });

  it("ends every entry with the resolver", () => {
    for (const entry of plan.entries) {
      expect(entry.layers.at(-1), `${entry.field}.${entry.part}`).toBe("runtimeResolver");
    }
  });
});
