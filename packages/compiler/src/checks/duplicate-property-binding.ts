import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** FP3006: no two fields bind the same property of one object in one system. */
export const duplicatePropertyBindingCheck: SemanticCheck = {
  code: "FP3006",
  name: "duplicate-property-binding",
  description: "No two fields bind the same property of the same object in one system.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];
    const firstBinder = new Map<string, string>();

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const object = ir.objects[field.object];
      for (const [system, binding] of Object.entries(field.bindings)) {
        const objectName = object?.bindings[system] ?? field.object;
        // Keyed by the policy object: two policy objects may share one platform object (Salesforce
        // Leads and Contacts both sync with Marketo's lead), and a record belongs to one of them, so
        // their fields never decide the same record's property.
        // Salesforce API names are case-insensitive, so `status` and `Status` are one field there.
        const property = ir.systems[system]?.kind === "salesforce" ? binding.property.toLowerCase() : binding.property;
        const key = JSON.stringify([field.object, system, property]);
        const earlier = firstBinder.get(key);
        if (earlier === undefined) {
          firstBinder.set(key, fieldKey);
          continue;
        }
        problems.push(
          buildDiagnostic({
            code: "FP3006",
            message: `Fields \`${earlier}\` and \`${fieldKey}\` both bind \`${binding.property}\` of \`${objectName}\` in \`${system}\`, so their rules would fight over one property.`,
            path: buildFieldPath(fieldKey, "bindings", system, "property"),
            hint: `Bind \`${fieldKey}\` to another property, or merge the two fields into one.`,
          }),
        );
      }
    }
    return problems;
  },
};
