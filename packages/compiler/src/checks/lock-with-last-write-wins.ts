import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3301: a value that is final after its first write cannot also be replaced by the newest write. */
export const lockWithLastWriteWinsCheck: SemanticCheck = {
  code: "FP3301",
  name: "lock-with-last-write-wins",
  description: "A field does not combine `lockAfterFirstWrite` with `lastWriteWins`.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (field.rule.lockAfterFirstWrite === undefined || field.rule.lastWriteWins === undefined) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3301",
          message: `Field \`${fieldKey}\` both locks its first value (\`lockAfterFirstWrite\`) and lets the newest write win (\`lastWriteWins\`); the two parts contradict each other.`,
          path: buildFieldPath(fieldKey, "rule", "lastWriteWins"),
          hint: "Keep `lockAfterFirstWrite` for values that must never change after they are set (first-touch attribution), or `lastWriteWins` for values that follow the latest change, not both.",
        }),
      );
    }
    return problems;
  },
};
