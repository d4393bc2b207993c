import { fillSourceIsSystemOfRecordCheck } from "../../src/checks/fill-source-is-system-of-record";
import { lockWithLastWriteWinsCheck } from "../../src/checks/lock-with-last-write-wins";
import { maxAgeChangeTimeCheck } from "../../src/checks/max-age-change-time";
import { readOnlySystemOfRecordCheck } from "../../src/checks/read-only-system-of-record";
import { ruleLimitsSystemOfRecordCheck } from "../../src/checks/rule-limits-system-of-record";
import { ruleValuesCanonicalCheck } from "../../src/checks/rule-values-canonical";
import { tieBreakCoversWritersCheck } from "../../src/checks/tie-break-covers-writers";
import { getField } from "./build-test-ir";
import { describeCheckCases } from "./describe-check-cases";

describeCheckCases(lockWithLastWriteWinsCheck, [
  {
    name: "rejects a lock combined with last write wins",
    change: (ir) => {
      getField(ir, "jobTitle").rule = {
        lockAfterFirstWrite: { correctableBy: [] },
        lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["crm", "map", "enrichment"] },
      };
    },
    expected: [["FP3301", "error", "/fields/jobTitle/rule/lastWriteWins"]],
  },
]);

describeCheckCases(readOnlySystemOfRecordCheck, [
  {
    name: "rejects a read-only system of record",
    change: (ir) => {
      getField(ir, "leadStatus").rule.readOnlyFor = ["map", "crm"];
    },
    expected: [["FP3302", "error", "/fields/leadStatus/rule/readOnlyFor/1"]],
  },
]);

describeCheckCases(fillSourceIsSystemOfRecordCheck, [
  {
    name: "rejects a fill source that is an owner-wins system of record",
    change: (ir) => {
      getField(ir, "jobTitle").systemOfRecord = "enrichment";
    },
    expected: [["FP3303", "error", "/fields/jobTitle/rule/fillBlankOrStale/source"]],
  },
  {
    name: "warns about a fill source that is the system of record",
    change: (ir) => {
      const field = getField(ir, "jobTitle");
      field.systemOfRecord = "enrichment";
      delete field.rule.ownerWins;
    },
    expected: [["FP3303", "warning", "/fields/jobTitle/rule/fillBlankOrStale/source"]],
  },
]);

describeCheckCases(ruleValuesCanonicalCheck, [
  {
    name: "rejects a native value among protected values",
    change: (ir) => {
      getField(ir, "leadStatus").rule.protectedValues = ["Closed - Converted"];
    },
    expected: [["FP3304", "error", "/fields/leadStatus/rule/protectedValues/0"]],
  },
  {
    name: "rejects an unknown value among limited values",
    change: (ir) => {
      getField(ir, "leadStatus").rule.limitedValues = { map: ["Working", "Engaged"] };
    },
    expected: [["FP3304", "error", "/fields/leadStatus/rule/limitedValues/map/1"]],
  },
  {
    name: "rejects protected values on a text field",
    change: (ir) => {
      getField(ir, "jobTitle").rule.protectedValues = ["CEO"];
    },
    expected: [["FP3304", "error", "/fields/jobTitle/rule/protectedValues"]],
  },
  {
    name: "accepts canonical protected and limited values",
    change: (ir) => {
      getField(ir, "leadStatus").rule.protectedValues = ["Qualified"];
      getField(ir, "leadStatus").rule.limitedValues = { map: ["Working"] };
    },
    expected: [],
  },
]);

describeCheckCases(maxAgeChangeTimeCheck, [
  {
    name: "rejects a maximum age measured from the record",
    change: (ir) => {
      getField(ir, "jobTitle").rule.fillBlankOrStale!.maxAge.changeTime = "record";
    },
    expected: [["FP3305", "error", "/fields/jobTitle/rule/fillBlankOrStale/maxAge/changeTime"]],
  },
]);

describeCheckCases(tieBreakCoversWritersCheck, [
  {
    name: "rejects a tie break that leaves out a writer",
    change: (ir) => {
      getField(ir, "jobTitle").rule = { lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["crm", "map"] } };
    },
    expected: [["FP3306", "error", "/fields/jobTitle/rule/lastWriteWins/tieBreak"]],
  },
  {
    name: "accepts a tie break without a read-only system",
    change: (ir) => {
      getField(ir, "jobTitle").rule = {
        lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["crm", "map"] },
        readOnlyFor: ["enrichment"],
      };
    },
    expected: [],
  },
]);

describeCheckCases(ruleLimitsSystemOfRecordCheck, [
  {
    name: "warns about limited values for the system of record",
    change: (ir) => {
      getField(ir, "leadStatus").rule.limitedValues = { crm: ["Working"] };
    },
    expected: [["FP3307", "warning", "/fields/leadStatus/rule/limitedValues/crm"]],
  },
  {
    name: "warns about an activity lock on the system of record",
    change: (ir) => {
      getField(ir, "leadStatus").rule.recentActivityLock = { windowDays: 14, systems: ["map", "crm"] };
    },
    expected: [["FP3307", "warning", "/fields/leadStatus/rule/recentActivityLock/systems/1"]],
  },
  {
    name: "accepts limits on other systems",
    change: (ir) => {
      getField(ir, "leadStatus").rule.limitedValues = { map: ["Working"] };
      getField(ir, "leadStatus").rule.recentActivityLock = { windowDays: 14, systems: ["map"] };
    },
    expected: [],
  },
]);
