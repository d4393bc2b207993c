import { describe, expect, it } from "vitest";
import { describeRulePart } from "../src/render-rule-prose";
import { buildTestField, buildTestPolicy } from "./build-test-policy";

describe("describeRulePart", () => {
  it("states limited values with the system and values filled in", () => {
    const ir = buildTestPolicy();

    const sentence = describeRulePart(ir, ir.fields.leadStatus!, "limitedValues");

    expect(sentence).toBe(
      "HubSpot may set Lead Status only to Contacted or Engaged; any other value from HubSpot is rejected and logged.",
    );
  });

  it("returns null for a part the rule does not have", () => {
    const ir = buildTestPolicy();

    expect(describeRulePart(ir, ir.fields.leadStatus!, "optOutWins")).toBeNull();
  });

  it("names the allowed demotions of a stage order", () => {
    const field = buildTestField({
      label: "Lifecycle Stage",
      rule: { noRegression: { order: ["lead", "mql", "sql"], demotions: [{ from: "sql", to: "lead" }] } },
    });
    const ir = buildTestPolicy({ fields: { lifecycleStage: field } });

    const sentence = describeRulePart(ir, field, "noRegression");

    expect(sentence).toBe(
      "Lifecycle Stage moves only forward through lead → mql → sql. Only Salesforce may move it backward, and only from sql to lead; any other move backward counts as a regression and is not applied.",
    );
  });

  it("escapes Markdown in a value", () => {
    const field = buildTestField({ rule: { protectedValues: ["*Closed*"] } });
    const ir = buildTestPolicy({ fields: { leadStatus: field } });

    const sentence = describeRulePart(ir, field, "protectedValues");

    expect(sentence).toBe(
      "Once Lead Status is \\*Closed\\*, no system other than Salesforce may overwrite it; an attempt is rejected and logged.",
    );
  });
});
