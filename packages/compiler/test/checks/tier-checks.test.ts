import { tierAuditRetentionCheck } from "../../src/checks/tier-audit-retention";
import { tierLastWriteWinsCheck } from "../../src/checks/tier-last-write-wins";
import { tierReviewTriggerCheck } from "../../src/checks/tier-review-trigger";
import { tierSyncIntervalCheck } from "../../src/checks/tier-sync-interval";
import { getField } from "./build-test-ir";
import { describeCheckCases } from "./describe-check-cases";

describeCheckCases(tierLastWriteWinsCheck, [
  {
    name: "rejects last write wins on a tier-1 field",
    change: (ir) => {
      getField(ir, "leadStatus").rule.lastWriteWins = { skewToleranceSeconds: 2, tieBreak: ["crm", "map"] };
    },
    expected: [["FP3101", "error", "/fields/leadStatus/rule/lastWriteWins"]],
  },
  {
    name: "accepts last write wins on a tier-3 field",
    change: (ir) => {
      getField(ir, "jobTitle").rule = { lastWriteWins: { skewToleranceSeconds: 2, tieBreak: ["crm", "map", "enrichment"] } };
    },
    expected: [],
  },
]);

describeCheckCases(tierReviewTriggerCheck, [
  {
    name: "rejects a tier-1 field without review triggers",
    change: (ir) => {
      getField(ir, "leadStatus").review = [];
    },
    expected: [["FP3102", "error", "/fields/leadStatus/review"]],
  },
  {
    name: "rejects a tier-1 field whose triggers cannot fire",
    change: (ir) => {
      getField(ir, "leadStatus").review = [{ when: "regression", queue: "revops" }];
    },
    expected: [["FP3102", "error", "/fields/leadStatus/review"]],
  },
  {
    name: "accepts a tier-2 field without review triggers",
    change: (ir) => {
      getField(ir, "leadStatus").tier = 2;
      getField(ir, "leadStatus").review = [];
    },
    expected: [],
  },
]);

describeCheckCases(tierAuditRetentionCheck, [
  {
    name: "rejects 60 days of retention on a tier-1 field",
    change: (ir) => {
      getField(ir, "leadStatus").audit.retentionDays = 60;
    },
    expected: [["FP3103", "error", "/fields/leadStatus/audit/retentionDays"]],
  },
  {
    name: "rejects 29 days of retention on a tier-2 field",
    change: (ir) => {
      getField(ir, "jobTitle").tier = 2;
      getField(ir, "jobTitle").audit.retentionDays = 29;
    },
    expected: [["FP3103", "error", "/fields/jobTitle/audit/retentionDays"]],
  },
  {
    name: "accepts no retention on a tier-3 field",
    change: (ir) => {
      getField(ir, "jobTitle").audit.retentionDays = 0;
    },
    expected: [],
  },
]);

describeCheckCases(tierSyncIntervalCheck, [
  {
    name: "rejects a 61-minute interval on a tier-1 field",
    change: (ir) => {
      getField(ir, "leadStatus").syncIntervalMinutes = 61;
    },
    expected: [["FP3104", "error", "/fields/leadStatus/syncIntervalMinutes"]],
  },
  {
    name: "accepts a daily interval on a tier-2 field",
    change: (ir) => {
      getField(ir, "leadStatus").tier = 2;
      getField(ir, "leadStatus").syncIntervalMinutes = 1440;
    },
    expected: [],
  },
]);
