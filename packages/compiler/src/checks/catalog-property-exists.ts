import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import { isDocumentedStandardField } from "../catalog/salesforce-standard-fields";
import { suggestNames } from "../catalog/suggest-names";
import { listCatalogBindings, type CatalogBinding } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames } from "./select-field-systems";

function checkMissingProperty(entry: CatalogBinding): DiagnosticInput {
  const { fieldKey, system, binding, objectName, catalogObject } = entry;
  const path = buildFieldPath(fieldKey, "bindings", system, "property");

  // A describe leaves out fields that field-level security hides from the describing user, so a
  // documented standard field that is missing is most likely hidden, not absent.
  if (catalogObject.platform === "salesforce" && isDocumentedStandardField(objectName, binding.property)) {
    return buildDiagnostic({
      code: "FP4101",
      severity: "warning",
      message: `\`${binding.property}\` is a standard ${objectName} field, but the describe in ${catalogObject.file} does not list it; field-level security probably hides it from the user who ran the describe, and may hide it from the integration user as well.`,
      path,
      hint: `Grant the integration user read and edit access to ${objectName}.${binding.property} (a permission set), or describe ${objectName} as the integration user and save that describe.`,
    });
  }

  const suggestions = suggestNames(binding.property, Object.keys(catalogObject.properties));
  const didYouMean = suggestions.length > 0 ? ` Did you mean ${formatNames(suggestions)}?` : "";
  return buildDiagnostic({
    code: "FP4101",
    message: `Field \`${fieldKey}\` binds \`${binding.property}\` in \`${system}\`, but ${objectName} in ${catalogObject.file} has no such property.${didYouMean}`,
    path,
    hint:
      suggestions.length > 0
        ? `Bind \`${suggestions[0]}\`, or set \`create: true\` if the policy should create \`${binding.property}\`.`
        : `Check the property's API name in ${catalogObject.file}, or set \`create: true\` if the policy should create it.`,
  });
}

/** FP4101: every bound property that the policy does not create exists in the catalog. */
export const catalogPropertyExistsCheck: SemanticCheck = {
  code: "FP4101",
  name: "catalog-property-exists",
  description: "Every bound property (other than those the policy creates) exists in the catalog, with a did-you-mean for near misses.",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];

    for (const entry of listCatalogBindings(ir, catalog)) {
      if (entry.binding.create) {
        continue;
      }
      if (entry.property === null) {
        problems.push(checkMissingProperty(entry));
        continue;
      }
      if (entry.property.name !== entry.binding.property) {
        problems.push(
          buildDiagnostic({
            code: "FP4101",
            severity: "warning",
            message: `Field \`${entry.fieldKey}\` binds \`${entry.binding.property}\` in \`${entry.system}\`, which ${entry.catalogObject.file} spells \`${entry.property.name}\`.`,
            path: buildFieldPath(entry.fieldKey, "bindings", entry.system, "property"),
            hint: `Use the exact API name \`${entry.property.name}\` so generated metadata matches the org.`,
          }),
        );
      }
    }
    return problems;
  },
};
