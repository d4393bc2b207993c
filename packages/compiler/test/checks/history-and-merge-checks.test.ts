import type { PolicyIR } from "@fieldpolicy/core";
import { mergeRuleFitsTypeCheck } from "../../src/checks/merge-rule-fits-type";
import { mergeRuleRequiredCheck } from "../../src/checks/merge-rule-required";
import { salesforceHistoryLimitCheck } from "../../src/checks/salesforce-history-limit";
import { buildTitleField, getField } from "./build-test-ir";
import { describeCheckCases } from "./describe-check-cases";

// The test IR tracks history on two Lead fields; this adds `count` more, each on its own property.
function addTrackedFields(ir: PolicyIR, count: number, system = "crm"): void {
  for (let index = 1; index <= count; index++) {
    const field = buildTitleField();
    field.bindings = { [system]: { property: `Tracked_${index}__c`, create: true } };
    field.systemOfRecord = system;
    field.rule = { ownerWins: { fillBlanks: false } };
    field.audit.trackHistory = true;
    ir.fields[`tracked${index}`] = field;
  }
}

describeCheckCases(salesforceHistoryLimitCheck, [
  {
    name: "rejects 21 tracked fields on one Salesforce object",
    change: (ir) => addTrackedFields(ir, 19),
    expected: [["FP3601", "error", "/fields/tracked19/audit/trackHistory"]],
  },
  {
    name: "accepts 20 tracked fields on one Salesforce object",
    change: (ir) => addTrackedFields(ir, 18),
    expected: [],
  },
  {
    name: "ignores tracked fields bound only in HubSpot",
    change: (ir) => addTrackedFields(ir, 19, "map"),
    expected: [],
  },
]);

describeCheckCases(mergeRuleRequiredCheck, [
  {
    name: "rejects a field without a merge rule when merges are governed",
    change: (ir) => {
      getField(ir, "jobTitle").merge = null;
    },
    expected: [["FP3701", "error", "/fields/jobTitle"]],
  },
  {
    name: "accepts a field without a merge rule when merges are not governed",
    change: (ir) => {
      getField(ir, "jobTitle").merge = null;
      ir.merges.governed = false;
    },
    expected: [],
  },
]);

describeCheckCases(mergeRuleFitsTypeCheck, [
  {
    name: "rejects a union merge of a text field",
    change: (ir) => {
      getField(ir, "jobTitle").merge = "union";
    },
    expected: [["FP3702", "error", "/fields/jobTitle/merge"]],
  },
]);
