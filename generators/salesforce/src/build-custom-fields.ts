// Custom fields for the bindings the policy creates (`create: true`), so validation rules and
// permission sets that refer to them deploy in the same project.

import type { Diagnostic, GeneratedFile } from "@fieldpolicy/core";
import { buildDiagnostic, toJsonPointer } from "@fieldpolicy/core";
import { SALESFORCE_CODES } from "./diagnostic-codes";
import { listPicklistValues } from "./native-values";
import type { XmlElement } from "./render-metadata-xml";
import { element } from "./render-metadata-xml";
import { renderFieldFile } from "./render-object-metadata";
import type { SalesforceBinding, SalesforceContext } from "./salesforce-context";
import { listSalesforceBindings } from "./salesforce-context";
import { isValidSalesforceName } from "./salesforce-names";
import { fitText } from "./text-limits";

/** Maximum length of a custom field label in Salesforce. */
const MAX_FIELD_LABEL_LENGTH = 40;

/** Maximum length of a custom field description in Salesforce. */
const MAX_FIELD_DESCRIPTION_LENGTH = 1000;

/** Digits of a Number field; Salesforce's maximum, so the policy's scale always fits. */
const NUMBER_PRECISION = 18;

/** Decimal places of a Number field whose policy type leaves the scale open. */
const DEFAULT_NUMBER_SCALE = 2;

/** Length of a Text field whose policy type sets no maximum; Salesforce's maximum for Text. */
const DEFAULT_TEXT_LENGTH = 255;

/** The custom field files of a policy and problems with their names. */
export interface CustomFieldsResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

/** Renders one custom field file per created Salesforce binding. */
export function buildCustomFields(context: SalesforceContext, createdTrackedFields: ReadonlySet<string>): CustomFieldsResult {
  const result: CustomFieldsResult = { files: [], diagnostics: [] };
  for (const binding of listSalesforceBindings(context)) {
    if (!binding.create) {
      continue;
    }
    const localName = binding.property.replace(/__c$/, "");
    if (!binding.property.endsWith("__c") || !isValidSalesforceName(localName)) {
      result.diagnostics.push(
        buildDiagnostic({
          code: SALESFORCE_CODES.invalidCustomFieldName,
          message: `${binding.property} is not a valid custom field name; it must end in __c, start with a letter, use only letters, digits and single underscores, and have at most 40 characters before __c.`,
          path: toJsonPointer(["fields", binding.fieldKey, "bindings", context.salesforceSystem, "property"]),
          hint: `Rename it, for example to ${localName.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "My_Field"}__c.`,
        }),
      );
      continue;
    }
    const tracked = createdTrackedFields.has(`${binding.object}.${binding.property}`);
    result.files.push(renderFieldFile(binding.object, binding.property, context.banner, buildFieldElements(context, binding, tracked)));
  }
  return result;
}

// Elements after fullName are in alphabetical order, as Salesforce itself writes them.
function buildFieldElements(context: SalesforceContext, binding: SalesforceBinding, tracked: boolean): XmlElement[] {
  const { field } = binding;
  const elements: XmlElement[] = [element("fullName", binding.property)];
  const typeElements = buildTypeElements(context, binding);
  if (typeElements.defaultValue !== undefined) {
    elements.push(element("defaultValue", typeElements.defaultValue));
  }
  if (typeElements.deleteConstraint !== undefined) {
    elements.push(element("deleteConstraint", typeElements.deleteConstraint));
  }
  if (field.description !== "") {
    elements.push(element("description", fitText(field.description, MAX_FIELD_DESCRIPTION_LENGTH)));
  }
  elements.push(element("externalId", false));
  elements.push(element("label", fitText(field.label, MAX_FIELD_LABEL_LENGTH)));
  elements.push(...typeElements.beforeRequired);
  elements.push(element("required", false));
  elements.push(...typeElements.afterRequired);
  elements.push(element("trackHistory", tracked));
  elements.push(element("type", typeElements.type));
  elements.push(...typeElements.afterType);
  return elements;
}

interface TypeElements {
  type: string;
  defaultValue?: string;
  deleteConstraint?: string;
  beforeRequired: XmlElement[];
  afterRequired: XmlElement[];
  afterType: XmlElement[];
}

function buildTypeElements(context: SalesforceContext, binding: SalesforceBinding): TypeElements {
  const empty = { beforeRequired: [], afterRequired: [], afterType: [] };
  const type = binding.field.type;
  switch (type.kind) {
    case "text":
      return { ...empty, type: "Text", beforeRequired: [element("length", Math.min(type.maxLength ?? DEFAULT_TEXT_LENGTH, DEFAULT_TEXT_LENGTH))] };
    case "number":
      return {
        ...empty,
        type: "Number",
        beforeRequired: [element("precision", NUMBER_PRECISION)],
        afterRequired: [element("scale", type.scale ?? DEFAULT_NUMBER_SCALE)],
      };
    case "boolean":
      return { ...empty, type: "Checkbox", defaultValue: "false" };
    case "date":
      return { ...empty, type: "Date" };
    case "datetime":
      return { ...empty, type: "DateTime" };
    case "userReference":
      return {
        ...empty,
        type: "Lookup",
        deleteConstraint: "SetNull",
        beforeRequired: [element("referenceTo", "User"), element("relationshipName", binding.property.replace(/__c$/, ""))],
      };
    case "picklist":
    case "multiPicklist":
      return {
        ...empty,
        type: type.kind === "picklist" ? "Picklist" : "MultiselectPicklist",
        afterType: [
          element("valueSet", [
            // Restricted, so an integration cannot write a value the policy does not know.
            element("restricted", true),
            element("valueSetDefinition", [
              element("sorted", false),
              ...listPicklistValues(binding.field, context.salesforceSystem).map((value) =>
                element("value", [element("fullName", value), element("default", false), element("label", value)]),
              ),
            ]),
          ]),
          ...(type.kind === "multiPicklist" ? [element("visibleLines", 4)] : []),
        ],
      };
  }
}
