import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames } from "./select-field-systems";

/**
 * Fields per object that Salesforce field history tracking follows in a standard org. Field Audit
 * Trail (Salesforce Shield) raises the limit, but this check enforces the base limit.
 */
export const SALESFORCE_HISTORY_FIELD_LIMIT = 20;

/** FP3601: audited fields fit Salesforce's field history budget on every object. */
export const salesforceHistoryLimitCheck: SemanticCheck = {
  code: "FP3601",
  name: "salesforce-history-limit",
  description: `At most ${SALESFORCE_HISTORY_FIELD_LIMIT} fields with \`audit.trackHistory\` are bound to one Salesforce object.`,
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    const tracked = new Map<string, { system: string; object: string; fields: string[] }>();

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      if (!field.audit.trackHistory) {
        continue;
      }
      for (const system of Object.keys(field.bindings)) {
        const object = ir.objects[field.object]?.bindings[system];
        if (ir.systems[system]?.kind !== "salesforce" || object === undefined) {
          continue;
        }
        const key = JSON.stringify([system, object]);
        const entry = tracked.get(key) ?? { system, object, fields: [] };
        entry.fields.push(fieldKey);
        tracked.set(key, entry);
      }
    }

    for (const { system, object, fields } of tracked.values()) {
      if (fields.length <= SALESFORCE_HISTORY_FIELD_LIMIT) {
        continue;
      }
      const firstOver = fields[SALESFORCE_HISTORY_FIELD_LIMIT] ?? "";
      problems.push(
        buildDiagnostic({
          code: "FP3601",
          message: `${fields.length} fields track history on \`${object}\` in \`${system}\`, above Salesforce's limit of ${SALESFORCE_HISTORY_FIELD_LIMIT} per object: ${formatNames(fields)}.`,
          path: buildFieldPath(firstOver, "audit", "trackHistory"),
          hint: `Set \`audit.trackHistory: false\` on ${fields.length - SALESFORCE_HISTORY_FIELD_LIMIT} of them (lower-tier fields first); the resolver's audit trail still records their changes.`,
        }),
      );
    }
    return problems;
  },
};
