import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3202: every named demotion goes from a later to an earlier value of the order. */
export const demotionMovesBackwardCheck: SemanticCheck = {
  code: "FP3202",
  name: "demotion-moves-backward",
  description: "Each `noRegression` demotion names two values of the order and moves from a later to an earlier one.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const noRegression = field.rule.noRegression;
      if (noRegression === undefined) {
        continue;
      }
      noRegression.demotions.forEach((demotion, index) => {
        const path = buildFieldPath(fieldKey, "rule", "noRegression", "demotions", index);
        const fromIndex = noRegression.order.indexOf(demotion.from);
        const toIndex = noRegression.order.indexOf(demotion.to);

        for (const [end, value, position] of [
          ["from", demotion.from, fromIndex],
          ["to", demotion.to, toIndex],
        ] as const) {
          if (position === -1) {
            problems.push(
              buildDiagnostic({
                code: "FP3202",
                message: `A demotion of \`${fieldKey}\` moves ${end} \`${value}\`, which is not in the \`noRegression\` order.`,
                path: buildFieldPath(fieldKey, "rule", "noRegression", "demotions", index, end),
                hint: "Name values of the order exactly as the order spells them.",
              }),
            );
          }
        }
        if (fromIndex !== -1 && toIndex !== -1 && toIndex >= fromIndex) {
          problems.push(
            buildDiagnostic({
              code: "FP3202",
              message: `The demotion of \`${fieldKey}\` from \`${demotion.from}\` to \`${demotion.to}\` does not move backward in the order, so it allows nothing.`,
              path,
              hint: "A demotion goes from a later value to an earlier one; swap `from` and `to` or remove the entry.",
            }),
          );
        }
      });
    }
    return problems;
  },
};
