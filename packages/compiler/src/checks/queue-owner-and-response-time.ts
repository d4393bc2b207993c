import { buildDiagnostic, toJsonPointer, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";

/** FP3402: every queue has someone answerable for it and a response time in whole business days. */
export const queueOwnerAndResponseTimeCheck: SemanticCheck = {
  code: "FP3402",
  name: "queue-owner-and-response-time",
  description: "Every queue has a non-blank owner and a response time of at least one whole business day.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [queueKey, queue] of Object.entries(ir.queues)) {
      if (queue.owner.trim() === "") {
        problems.push(
          buildDiagnostic({
            code: "FP3402",
            message: `Queue \`${queueKey}\` has a blank owner, so no one is responsible for its exceptions.`,
            path: toJsonPointer(["queues", queueKey, "owner"]),
            hint: 'Name the person or team with a way to reach them, such as `"Dana Reyes <dana.reyes@example.com>"`.',
          }),
        );
      }
      const days = queue.responseTime.businessDays;
      // Due times are counted in whole business days of the queue's calendar.
      if (!Number.isInteger(days) || days < 1) {
        problems.push(
          buildDiagnostic({
            code: "FP3402",
            message: `Queue \`${queueKey}\` has a response time of ${days} business days; due times are counted in whole business days.`,
            path: toJsonPointer(["queues", queueKey, "responseTime", "businessDays"]),
            hint: "Set `responseTime.businessDays` to a whole number of at least 1.",
          }),
        );
      }
    }
    return problems;
  },
};
