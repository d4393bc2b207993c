import { consentOptOutWinsCheck } from "../../src/checks/consent-opt-out-wins";
import { consentSyncIntervalCheck } from "../../src/checks/consent-sync-interval";
import { queueOwnerAndResponseTimeCheck } from "../../src/checks/queue-owner-and-response-time";
import { reviewQueueDeclaredCheck } from "../../src/checks/review-queue-declared";
import { reviewTriggerReachableCheck } from "../../src/checks/review-trigger-reachable";
import { getField } from "./build-test-ir";
import { describeCheckCases } from "./describe-check-cases";

describeCheckCases(reviewQueueDeclaredCheck, [
  {
    name: "rejects a trigger naming an undeclared queue",
    change: (ir) => {
      getField(ir, "leadStatus").review = [{ when: "override", queue: "sales" }];
    },
    expected: [["FP3401", "error", "/fields/leadStatus/review/0/queue"]],
  },
]);

describeCheckCases(queueOwnerAndResponseTimeCheck, [
  {
    name: "rejects a blank queue owner",
    change: (ir) => {
      ir.queues.revops!.owner = "  ";
    },
    expected: [["FP3402", "error", "/queues/revops/owner"]],
  },
  {
    name: "rejects a fractional response time",
    change: (ir) => {
      ir.queues.revops!.responseTime.businessDays = 0.5;
    },
    expected: [["FP3402", "error", "/queues/revops/responseTime/businessDays"]],
  },
]);

describeCheckCases(reviewTriggerReachableCheck, [
  {
    name: "warns about a regression trigger without an order",
    change: (ir) => {
      getField(ir, "leadStatus").review = [{ when: "regression", queue: "revops" }];
    },
    expected: [["FP3403", "warning", "/fields/leadStatus/review/0/when"]],
  },
  {
    name: "accepts a regression trigger with an order",
    change: (ir) => {
      const field = getField(ir, "leadStatus");
      field.review = [{ when: "regression", queue: "revops" }];
      field.rule.noRegression = { order: ["New", "Working", "Qualified"], demotions: [] };
    },
    expected: [],
  },
  {
    name: "warns about a category trigger without categories",
    change: (ir) => {
      getField(ir, "jobTitle").review = [{ when: "categoryChange", queue: "revops" }];
    },
    expected: [["FP3403", "warning", "/fields/jobTitle/review/0/when"]],
  },
  {
    name: "warns about an evidence trigger when evidence is not required",
    change: (ir) => {
      getField(ir, "consent").rule.optOutWins!.evidenceRequired = false;
    },
    expected: [["FP3403", "warning", "/fields/consent/review/0/when"]],
  },
]);

describeCheckCases(consentOptOutWinsCheck, [
  {
    name: "rejects a consent field without opt-out wins",
    change: (ir) => {
      delete getField(ir, "consent").rule.optOutWins;
    },
    expected: [["FP3501", "error", "/fields/consent/rule"]],
  },
]);

describeCheckCases(consentSyncIntervalCheck, [
  {
    name: "rejects a consent field synced every 30 minutes",
    change: (ir) => {
      getField(ir, "consent").syncIntervalMinutes = 30;
    },
    expected: [["FP3502", "error", "/fields/consent/syncIntervalMinutes"]],
  },
]);
