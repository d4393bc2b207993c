import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, listCanonicalValues } from "./select-field-systems";

/** FP3201: a no-regression order lists every canonical value and nothing else. */
export const regressionOrderCoversValuesCheck: SemanticCheck = {
  code: "FP3201",
  name: "regression-order-covers-values",
  description: "A `noRegression` order belongs to a picklist field and lists every canonical value, and only canonical values.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const noRegression = field.rule.noRegression;
      if (noRegression === undefined) {
        continue;
      }
      const orderPath = buildFieldPath(fieldKey, "rule", "noRegression", "order");
      const canonical = listCanonicalValues(field);
      if (canonical === null) {
        problems.push(
          buildDiagnostic({
            code: "FP3201",
            message: `Field \`${fieldKey}\` has a \`noRegression\` order but its type is \`${field.type.kind}\`, which has no canonical values to order.`,
            path: buildFieldPath(fieldKey, "rule", "noRegression"),
            hint: "Make the field a picklist with canonical values, or remove `noRegression`.",
          }),
        );
        continue;
      }

      noRegression.order.forEach((value, index) => {
        if (!canonical.includes(value)) {
          problems.push(
            buildDiagnostic({
              code: "FP3201",
              message: `The \`noRegression\` order of \`${fieldKey}\` lists \`${value}\`, which is not one of the field's canonical values.`,
              path: buildFieldPath(fieldKey, "rule", "noRegression", "order", index),
              hint: `Use only canonical values (${formatNames(canonical)}) or add \`${value}\` to \`type.values\`.`,
            }),
          );
        }
      });

      const missing = canonical.filter((value) => !noRegression.order.includes(value));
      if (missing.length > 0) {
        problems.push(
          buildDiagnostic({
            code: "FP3201",
            message: `The \`noRegression\` order of \`${fieldKey}\` leaves out ${formatNames(missing)}, so moves to or from them cannot be judged.`,
            path: orderPath,
            hint: "Place every canonical value in the order, from earliest to latest stage.",
          }),
        );
      }
    }
    return problems;
  },
};
