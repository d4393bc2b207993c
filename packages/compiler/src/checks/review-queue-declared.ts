import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames } from "./select-field-systems";

/** FP3401: every review trigger sends its exceptions to a declared queue. */
export const reviewQueueDeclaredCheck: SemanticCheck = {
  code: "FP3401",
  name: "review-queue-declared",
  description: "Every review trigger names a queue declared in `queues`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    const queues = Object.keys(ir.queues);

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      field.review.forEach((trigger, index) => {
        if (Object.hasOwn(ir.queues, trigger.queue)) {
          return;
        }
        problems.push(
          buildDiagnostic({
            code: "FP3401",
            message: `A review trigger of \`${fieldKey}\` sends \`${trigger.when}\` exceptions to queue \`${trigger.queue}\`, which is not declared.`,
            path: buildFieldPath(fieldKey, "review", index, "queue"),
            hint:
              queues.length > 0
                ? `Use one of the declared queues (${formatNames(queues)}) or declare \`${trigger.queue}\` in \`queues\` with an owner and a response time.`
                : `Declare \`${trigger.queue}\` in \`queues\` with an owner and a response time.`,
          }),
        );
      });
    }
    return problems;
  },
};
