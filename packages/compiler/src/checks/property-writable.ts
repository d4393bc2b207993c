import { buildDiagnostic, findConnectorException, type CatalogProperty, type DiagnosticInput } from "@fieldpolicy/core";
import { listCatalogBindings, type CatalogBinding } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, listSystemsReceivingWrites } from "./select-field-systems";

function describeRestriction(property: CatalogProperty): string | null {
  if (property.calculated) {
    return "calculated by the platform";
  }
  if (property.readOnly) {
    return "read-only";
  }
  if (property.createOnly) {
    return "writable on create only";
  }
  return null;
}

// The Salesforce field this HubSpot binding is synced with, when the field has one.
function findSalesforceCounterpart(entry: CatalogBinding, kinds: Record<string, string>): string | null {
  for (const [system, binding] of Object.entries(entry.field.bindings)) {
    if (kinds[system] === "salesforce") {
      return binding.property;
    }
  }
  return null;
}

/**
 * FP4106: the resolver writes a field into every bound system other than the one whose value won,
 * so each system that may receive writes must be able to write its property on update.
 */
export const propertyWritableCheck: SemanticCheck = {
  code: "FP4106",
  name: "property-writable",
  description: "No system receives writes of a property that is read-only, calculated or create-only for it, apart from documented connector exceptions.",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];
    const kinds = Object.fromEntries(Object.entries(ir.systems).map(([name, system]) => [name, system.kind]));

    for (const entry of listCatalogBindings(ir, catalog)) {
      const property = entry.property;
      const restriction = property === null ? null : describeRestriction(property);
      if (property === null || restriction === null || !listSystemsReceivingWrites(entry.field).includes(entry.system)) {
        continue;
      }
      const path = buildFieldPath(entry.fieldKey, "bindings", entry.system, "property");

      const counterpart = entry.platform === "hubspot" ? findSalesforceCounterpart(entry, kinds) : null;
      const exception = counterpart === null ? null : findConnectorException(property.name, counterpart);
      if (exception !== null) {
        problems.push(
          buildDiagnostic({
            code: "FP4106",
            severity: "info",
            message: `\`${property.name}\` is ${restriction} in \`${entry.system}\`, so API writes to it fail; this is a documented exception because ${exception.explanation}`,
            path,
            hint: `Leave the connector's fixed mapping in place; it, not an API write, carries this field into \`${entry.system}\`. Source: ${exception.source}.`,
          }),
        );
        continue;
      }

      problems.push(
        buildDiagnostic({
          code: "FP4106",
          message: `Field \`${entry.fieldKey}\` may be written into \`${entry.system}\`, but \`${property.name}\` is ${restriction} there (${entry.catalogObject.file}), so those writes would fail.`,
          path,
          hint: `Bind a writable property, make \`${entry.system}\` the system of record with a rule that lets no other system win, or add \`${entry.system}\` to \`readOnlyFor\` and stop syncing the field into it.`,
        }),
      );
    }
    return problems;
  },
};
