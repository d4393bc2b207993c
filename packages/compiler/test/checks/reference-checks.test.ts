import { bindingSystemDeclaredCheck } from "../../src/checks/binding-system-declared";
import { duplicatePropertyBindingCheck } from "../../src/checks/duplicate-property-binding";
import { fieldObjectDeclaredCheck } from "../../src/checks/field-object-declared";
import { objectBoundInSystemCheck } from "../../src/checks/object-bound-in-system";
import { ruleSystemBoundCheck } from "../../src/checks/rule-system-bound";
import { ruleSystemDeclaredCheck } from "../../src/checks/rule-system-declared";
import { systemOfRecordBoundCheck } from "../../src/checks/system-of-record-bound";
import { systemOfRecordDeclaredCheck } from "../../src/checks/system-of-record-declared";
import { getField } from "./build-test-ir";
import { describeCheckCases } from "./describe-check-cases";

describeCheckCases(systemOfRecordDeclaredCheck, [
  {
    name: "rejects an undeclared system of record",
    change: (ir) => {
      getField(ir, "leadStatus").systemOfRecord = "erp";
    },
    expected: [["FP3001", "error", "/fields/leadStatus/systemOfRecord"]],
  },
]);

describeCheckCases(systemOfRecordBoundCheck, [
  {
    name: "rejects a system of record without a binding",
    change: (ir) => {
      delete getField(ir, "consent").bindings.map;
    },
    expected: [["FP3002", "error", "/fields/consent/bindings"]],
  },
  {
    name: "leaves an undeclared system of record to FP3001",
    change: (ir) => {
      getField(ir, "consent").systemOfRecord = "erp";
    },
    expected: [],
  },
]);

describeCheckCases(bindingSystemDeclaredCheck, [
  {
    name: "rejects a field bound in an undeclared system",
    change: (ir) => {
      getField(ir, "jobTitle").bindings.erp = { property: "title", create: false };
    },
    expected: [["FP3003", "error", "/fields/jobTitle/bindings/erp"]],
  },
  {
    name: "rejects an object bound in an undeclared system",
    change: (ir) => {
      ir.objects.lead!.bindings.erp = "Prospect";
    },
    expected: [["FP3003", "error", "/objects/lead/bindings/erp"]],
  },
]);

describeCheckCases(fieldObjectDeclaredCheck, [
  {
    name: "rejects a field of an undeclared object",
    change: (ir) => {
      getField(ir, "jobTitle").object = "account";
    },
    expected: [["FP3004", "error", "/fields/jobTitle/object"]],
  },
]);

describeCheckCases(objectBoundInSystemCheck, [
  {
    name: "rejects a field bound where its object is not",
    change: (ir) => {
      delete ir.objects.lead!.bindings.enrichment;
    },
    expected: [["FP3005", "error", "/fields/jobTitle/bindings/enrichment"]],
  },
]);

describeCheckCases(duplicatePropertyBindingCheck, [
  {
    name: "rejects two fields on one Salesforce field whatever the case",
    change: (ir) => {
      getField(ir, "consent").bindings.crm = { property: "status", create: false };
    },
    expected: [["FP3006", "error", "/fields/consent/bindings/crm/property"]],
  },
  {
    name: "rejects two fields on one HubSpot property",
    change: (ir) => {
      getField(ir, "consent").bindings.map = { property: "jobtitle", create: false };
    },
    expected: [["FP3006", "error", "/fields/consent/bindings/map/property"]],
  },
  {
    name: "accepts one property name on two objects",
    change: (ir) => {
      ir.objects.contact = { label: "Contact", bindings: { crm: "Contact" } };
      getField(ir, "consent").object = "contact";
      getField(ir, "consent").bindings = { crm: { property: "Status", create: false } };
    },
    expected: [],
  },
]);

describeCheckCases(ruleSystemDeclaredCheck, [
  {
    name: "rejects an undeclared system in readOnlyFor",
    change: (ir) => {
      getField(ir, "leadStatus").rule.readOnlyFor = ["erp"];
    },
    expected: [["FP3007", "error", "/fields/leadStatus/rule/readOnlyFor/0"]],
  },
  {
    name: "rejects an undeclared fill source",
    change: (ir) => {
      getField(ir, "jobTitle").rule.fillBlankOrStale!.source = "clearbit";
    },
    expected: [["FP3007", "error", "/fields/jobTitle/rule/fillBlankOrStale/source"]],
  },
  {
    name: "rejects a value map of an undeclared system",
    change: (ir) => {
      const type = getField(ir, "leadStatus").type;
      if (type.kind === "picklist") {
        type.valueMaps.erp = { values: {}, inboundOnly: {}, addToPicklist: [] };
      }
    },
    expected: [["FP3007", "error", "/fields/leadStatus/type/valueMaps/erp"]],
  },
]);

describeCheckCases(ruleSystemBoundCheck, [
  {
    name: "warns about limited values for an unbound system",
    change: (ir) => {
      getField(ir, "leadStatus").rule.limitedValues = { enrichment: ["Working"] };
    },
    expected: [["FP3008", "warning", "/fields/leadStatus/rule/limitedValues/enrichment"]],
  },
]);
