import type { PolicyIR, ValueMap } from "@fieldpolicy/core";
import { addToPicklistInValuesCheck } from "../../src/checks/add-to-picklist-in-values";
import { demotionMovesBackwardCheck } from "../../src/checks/demotion-moves-backward";
import { regressionOrderCoversValuesCheck } from "../../src/checks/regression-order-covers-values";
import { valueMapCollisionCheck } from "../../src/checks/value-map-collision";
import { valueMapCoversValuesCheck } from "../../src/checks/value-map-covers-values";
import { valueMapOneNativePerValueCheck } from "../../src/checks/value-map-one-native-per-value";
import { valueMapTargetsCanonicalCheck } from "../../src/checks/value-map-targets-canonical";
import { getField } from "./build-test-ir";
import { describeCheckCases } from "./describe-check-cases";

function getStatusMap(ir: PolicyIR, system: string): ValueMap {
  const type = getField(ir, "leadStatus").type;
  const valueMap = type.kind === "picklist" ? type.valueMaps[system] : undefined;
  if (valueMap === undefined) {
    throw new Error(`The test IR has no ${system} value map on leadStatus.`);
  }
  return valueMap;
}

function setStatusOrder(ir: PolicyIR, order: [string, ...string[]], demotions: { from: string; to: string }[] = []): void {
  getField(ir, "leadStatus").rule.noRegression = { order, demotions };
}

describeCheckCases(regressionOrderCoversValuesCheck, [
  {
    name: "rejects an order that leaves out a value",
    change: (ir) => setStatusOrder(ir, ["New", "Working"]),
    expected: [["FP3201", "error", "/fields/leadStatus/rule/noRegression/order"]],
  },
  {
    name: "rejects an order with a value that is not canonical",
    change: (ir) => setStatusOrder(ir, ["New", "Working", "Qualified", "Closed"]),
    expected: [["FP3201", "error", "/fields/leadStatus/rule/noRegression/order/3"]],
  },
  {
    name: "rejects an order on a text field",
    change: (ir) => {
      getField(ir, "jobTitle").rule.noRegression = { order: ["Engineer"], demotions: [] };
    },
    expected: [["FP3201", "error", "/fields/jobTitle/rule/noRegression"]],
  },
  {
    name: "accepts an order of every canonical value",
    change: (ir) => setStatusOrder(ir, ["New", "Working", "Qualified"]),
    expected: [],
  },
]);

describeCheckCases(demotionMovesBackwardCheck, [
  {
    name: "rejects a demotion that moves forward",
    change: (ir) => setStatusOrder(ir, ["New", "Working", "Qualified"], [{ from: "New", to: "Working" }]),
    expected: [["FP3202", "error", "/fields/leadStatus/rule/noRegression/demotions/0"]],
  },
  {
    name: "rejects a demotion from a value outside the order",
    change: (ir) => setStatusOrder(ir, ["New", "Working", "Qualified"], [{ from: "Closed", to: "New" }]),
    expected: [["FP3202", "error", "/fields/leadStatus/rule/noRegression/demotions/0/from"]],
  },
  {
    name: "accepts a demotion that moves backward",
    change: (ir) => setStatusOrder(ir, ["New", "Working", "Qualified"], [{ from: "Qualified", to: "New" }]),
    expected: [],
  },
]);

describeCheckCases(valueMapTargetsCanonicalCheck, [
  {
    name: "rejects a native value mapped outside the canonical values",
    change: (ir) => {
      getStatusMap(ir, "crm").values["Closed - Not Converted"] = "Lost";
    },
    expected: [["FP3203", "error", "/fields/leadStatus/type/valueMaps/crm/values/Closed - Not Converted"]],
  },
  {
    name: "rejects an inbound-only value mapped outside the canonical values",
    change: (ir) => {
      getStatusMap(ir, "map").inboundOnly.BAD_TIMING = "Later";
    },
    expected: [["FP3203", "error", "/fields/leadStatus/type/valueMaps/map/inboundOnly/BAD_TIMING"]],
  },
]);

describeCheckCases(valueMapCoversValuesCheck, [
  {
    name: "rejects a receiving system without a native value for a canonical one",
    change: (ir) => {
      delete getStatusMap(ir, "map").values.NEW;
    },
    expected: [["FP3204", "error", "/fields/leadStatus/type/valueMaps/map/values"]],
  },
  {
    name: "accepts a gap in the map of a system of record nobody overrides",
    change: (ir) => {
      delete getStatusMap(ir, "crm").values["Open - Not Contacted"];
    },
    expected: [],
  },
  {
    name: "rejects the same gap once other systems may fill blanks",
    change: (ir) => {
      delete getStatusMap(ir, "crm").values["Open - Not Contacted"];
      getField(ir, "leadStatus").rule.ownerWins = { fillBlanks: true };
    },
    expected: [["FP3204", "error", "/fields/leadStatus/type/valueMaps/crm/values"]],
  },
]);

describeCheckCases(valueMapCollisionCheck, [
  {
    name: "rejects one native value sent to two canonical values",
    change: (ir) => {
      getStatusMap(ir, "map").inboundOnly.NEW = "Working";
    },
    expected: [["FP3205", "error", "/fields/leadStatus/type/valueMaps/map/inboundOnly/NEW"]],
  },
  {
    name: "warns about a native value listed twice for one canonical value",
    change: (ir) => {
      getStatusMap(ir, "map").inboundOnly.NEW = "New";
    },
    expected: [["FP3205", "warning", "/fields/leadStatus/type/valueMaps/map/inboundOnly/NEW"]],
  },
  {
    name: "rejects Salesforce values that differ only in case",
    change: (ir) => {
      getStatusMap(ir, "crm").inboundOnly["open - not contacted"] = "Working";
    },
    expected: [["FP3205", "error", "/fields/leadStatus/type/valueMaps/crm/inboundOnly/open - not contacted"]],
  },
  {
    name: "accepts HubSpot values that differ only in case",
    change: (ir) => {
      getStatusMap(ir, "map").inboundOnly.new = "Working";
    },
    expected: [],
  },
]);

describeCheckCases(valueMapOneNativePerValueCheck, [
  {
    name: "rejects two written native values for one canonical value",
    change: (ir) => {
      getStatusMap(ir, "crm").values.Open = "New";
    },
    expected: [["FP3206", "error", "/fields/leadStatus/type/valueMaps/crm/values/Open"]],
  },
]);

describeCheckCases(addToPicklistInValuesCheck, [
  {
    name: "rejects a picklist addition missing from values",
    change: (ir) => {
      getStatusMap(ir, "crm").addToPicklist = ["Nurturing"];
    },
    expected: [["FP3207", "error", "/fields/leadStatus/type/valueMaps/crm/addToPicklist/0"]],
  },
  {
    name: "accepts a picklist addition listed in values",
    change: (ir) => {
      getStatusMap(ir, "crm").addToPicklist = ["Working - Contacted"];
    },
    expected: [],
  },
]);
