import type { GeneratedFile } from "@fieldpolicy/core";
import type { ValidationRuleSpec } from "./build-validation-rules";
import { element, renderMetadataXml } from "./render-metadata-xml";
import { SOURCE_ROOT } from "./source-paths";

/**
 * Renders a validation rule in source format. Elements follow the ValidationRule type of the
 * Metadata API: fullName, active, description, errorConditionFormula, errorDisplayField,
 * errorMessage.
 */
export function renderValidationRule(rule: ValidationRuleSpec, banner: string): GeneratedFile {
  return {
    path: `${SOURCE_ROOT}/objects/${rule.object}/validationRules/${rule.name}.validationRule-meta.xml`,
    contents: renderMetadataXml("ValidationRule", banner, [
      element("fullName", rule.name),
      element("active", true),
      element("description", rule.description),
      element("errorConditionFormula", rule.errorConditionFormula),
      element("errorDisplayField", rule.errorDisplayField),
      element("errorMessage", rule.errorMessage),
    ]),
  };
}
