import { buildDiagnostic, type CatalogProperty, type DiagnosticInput, type ValueType } from "@fieldpolicy/core";
import { listCatalogBindings } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath } from "./select-field-systems";

/** For each field value type: whether a catalog property can store it, and the platform types the hint names. */
const COMPATIBILITY: Record<ValueType["kind"], { fits: (property: CatalogProperty) => boolean; expected: string }> = {
  text: {
    fits: (property) => property.valueKind === "text",
    expected: "Salesforce string, textarea, email, phone or url; HubSpot string or phone_number",
  },
  picklist: {
    fits: (property) => property.valueKind === "picklist",
    expected: "Salesforce picklist; HubSpot enumeration (select or radio)",
  },
  multiPicklist: {
    fits: (property) => property.valueKind === "multiPicklist",
    expected: "Salesforce multipicklist; HubSpot enumeration (checkbox)",
  },
  boolean: {
    fits: (property) => property.valueKind === "boolean",
    expected: "Salesforce boolean; HubSpot bool or enumeration (booleancheckbox)",
  },
  userReference: {
    // Salesforce owners are User (or Group, for queues) references; HubSpot owners reference OWNER.
    fits: (property) =>
      property.valueKind === "reference" && (property.referenceTo ?? []).some((target) => target === "User" || target === "OWNER"),
    expected: "Salesforce reference to User; HubSpot owner property (referencedObjectType OWNER)",
  },
  date: { fits: (property) => property.valueKind === "date", expected: "date" },
  datetime: { fits: (property) => property.valueKind === "datetime", expected: "datetime" },
  number: {
    fits: (property) => property.valueKind === "number",
    expected: "Salesforce double, int, long, currency or percent; HubSpot number",
  },
};

/** FP4103: the bound property can hold the field's value type. */
export const propertyTypeCompatibleCheck: SemanticCheck = {
  code: "FP4103",
  name: "property-type-compatible",
  description: "The catalog type of every bound property fits the field's value type (picklist to picklist or enumeration, userReference to an owner reference, and so on).",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];

    for (const entry of listCatalogBindings(ir, catalog)) {
      const property = entry.property;
      if (property === null) {
        continue;
      }
      const rule = COMPATIBILITY[entry.field.type.kind];
      if (rule.fits(property)) {
        continue;
      }
      const target = (property.referenceTo ?? []).length > 0 ? ` to ${(property.referenceTo ?? []).join(", ")}` : "";
      problems.push(
        buildDiagnostic({
          code: "FP4103",
          message: `Field \`${entry.fieldKey}\` is a ${entry.field.type.kind}, but \`${property.name}\` in \`${entry.system}\` is ${property.platformType}${target} (${entry.catalogObject.file}).`,
          path: buildFieldPath(entry.fieldKey, "bindings", entry.system, "property"),
          hint: `Bind a property of a fitting type (${rule.expected}), or change the field's \`type\`.`,
        }),
      );
    }
    return problems;
  },
};
