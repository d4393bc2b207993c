import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/**
 * FP3307: `limitedValues` and `recentActivityLock` restrict systems other than the system of
 * record. Naming the system of record in them has no effect, which usually means the author meant
 * another system.
 */
export const ruleLimitsSystemOfRecordCheck: SemanticCheck = {
  code: "FP3307",
  name: "rule-limits-system-of-record",
  description: "`limitedValues` and `recentActivityLock.systems` do not name the field's own system of record, which they never restrict.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const owner = field.systemOfRecord;
      const places: (string | number)[][] = [];
      if (field.rule.limitedValues !== undefined && Object.hasOwn(field.rule.limitedValues, owner)) {
        places.push(["rule", "limitedValues", owner]);
      }
      const lockIndex = field.rule.recentActivityLock?.systems.indexOf(owner) ?? -1;
      if (lockIndex !== -1) {
        places.push(["rule", "recentActivityLock", "systems", lockIndex]);
      }

      for (const segments of places) {
        const part = String(segments[1]);
        problems.push(
          buildDiagnostic({
            code: "FP3307",
            severity: "warning",
            message: `Field \`${fieldKey}\` names its system of record \`${owner}\` in \`${part}\`, which restricts only other systems, so this entry has no effect.`,
            path: buildFieldPath(fieldKey, ...segments),
            hint: `Remove \`${owner}\` from \`${part}\`, or name the system you meant to restrict.`,
          }),
        );
      }
    }
    return problems;
  },
};
