// Field history tracking for the fields whose audit sets trackHistory. Salesforce tracks at most 20
// fields per object, and a standard object needs its object-level switch (enableHistory) too.

import type { Diagnostic } from "@fieldpolicy/core";
import { buildDiagnostic, toJsonPointer } from "@fieldpolicy/core";
import { compareCodeUnits } from "./compare-code-units";
import { SALESFORCE_CODES } from "./diagnostic-codes";
import type { SalesforceBinding, SalesforceContext } from "./salesforce-context";
import { listSalesforceBindings } from "./salesforce-context";

/** Maximum number of fields Salesforce tracks per object. */
export const MAX_TRACKED_FIELDS_PER_OBJECT = 20;

/**
 * Standard objects whose history tracking has an object-level switch. Other standard objects that
 * support history (Case, Campaign, …) have none.
 */
const STANDARD_OBJECTS_WITH_HISTORY_SWITCH: ReadonlySet<string> = new Set(["Account", "Contact", "Lead", "Opportunity"]);

/** The history tracking the project turns on. */
export interface HistoryTrackingPlan {
  /** Objects that get `enableHistory`, sorted. */
  objectsToEnable: string[];
  /** Existing standard fields that get `trackHistory`, as object and field, sorted. */
  standardFields: { object: string; property: string }[];
  /** `Object.Field` of every tracked field the project creates; the custom field file carries the flag. */
  createdFields: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

/** Plans history tracking per object, refusing an object that would pass the limit. */
export function buildHistoryTracking(context: SalesforceContext): HistoryTrackingPlan {
  const plan: HistoryTrackingPlan = { objectsToEnable: [], standardFields: [], createdFields: new Set(), diagnostics: [] };
  const createdFields = new Set<string>();

  const tracked = new Map<string, SalesforceBinding[]>();
  for (const binding of listSalesforceBindings(context)) {
    if (!binding.field.audit.trackHistory) {
      continue;
    }
    const list = tracked.get(binding.object) ?? [];
    if (!list.some((other) => other.property === binding.property)) {
      list.push(binding);
    }
    tracked.set(binding.object, list);
  }

  for (const object of [...tracked.keys()].sort()) {
    const bindings = tracked.get(object) ?? [];
    if (bindings.length > MAX_TRACKED_FIELDS_PER_OBJECT) {
      plan.diagnostics.push(
        buildDiagnostic({
          code: SALESFORCE_CODES.historyLimitExceeded,
          message: `The policy tracks the history of ${bindings.length} fields of ${object}; Salesforce tracks at most ${MAX_TRACKED_FIELDS_PER_OBJECT} per object.`,
          path: toJsonPointer(["fields", bindings[MAX_TRACKED_FIELDS_PER_OBJECT]!.fieldKey, "audit", "trackHistory"]),
          hint: "Set audit.trackHistory to false on the fields of lower tiers.",
        }),
      );
      continue;
    }

    let enablesObject = false;
    for (const binding of bindings) {
      if (binding.create) {
        createdFields.add(`${object}.${binding.property}`);
        enablesObject = true;
      } else if (binding.property.endsWith("__c")) {
        // A custom field deploys as a whole definition, which this project does not have.
        plan.diagnostics.push(
          buildDiagnostic({
            code: SALESFORCE_CODES.historyNotSettable,
            severity: "warning",
            message: `History tracking of the existing custom field ${object}.${binding.property} is not set, because deploying a custom field needs its whole definition.`,
            path: toJsonPointer(["fields", binding.fieldKey, "audit", "trackHistory"]),
            hint: `Turn on Track Field History for ${binding.property} in Setup, or retrieve the field into your own project.`,
          }),
        );
      } else {
        plan.standardFields.push({ object, property: binding.property });
        enablesObject = true;
      }
    }
    if (enablesObject && STANDARD_OBJECTS_WITH_HISTORY_SWITCH.has(object)) {
      plan.objectsToEnable.push(object);
    } else if (enablesObject && object.endsWith("__c")) {
      // A custom object, like a custom field, deploys only as a whole definition.
      plan.diagnostics.push(
        buildDiagnostic({
          code: SALESFORCE_CODES.historyNotSettable,
          severity: "warning",
          message: `History tracking of the custom object ${object} is not switched on, because deploying a custom object needs its whole definition.`,
          path: toJsonPointer(["objects"]),
          hint: `Turn on Track Field History for ${object} in Setup.`,
        }),
      );
    }
  }

  plan.standardFields.sort((left, right) =>
    compareCodeUnits(`${left.object}.${left.property}`, `${right.object}.${right.property}`),
  );
  return { ...plan, createdFields };
}
