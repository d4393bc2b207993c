// The Salesforce generator: an SFDX source project that `sf project deploy start` accepts as it
// is. Pure: it reads the IR and its options and returns files and diagnostics.

import type { Catalog, Diagnostic, GeneratedFile, GeneratorResult, PolicyIR } from "@fieldpolicy/core";
import { buildDiagnostic, buildEnforcementPlan } from "@fieldpolicy/core";
import { buildCustomFields } from "./build-custom-fields";
import { buildHistoryTracking } from "./build-history-tracking";
import { buildPermissionSets } from "./build-permission-sets";
import { buildStandardValueSets } from "./build-standard-value-sets";
import { buildValidationRules } from "./build-validation-rules";
import { compareCodeUnits } from "./compare-code-units";
import { SALESFORCE_CODES } from "./diagnostic-codes";
import { listComponents } from "./list-components";
import { renderObjectHistorySwitch, renderStandardFieldHistory } from "./render-object-metadata";
import { renderCustomPermission, renderPermissionSet } from "./render-permissions";
import { renderPackageManifest, renderSfdxProject } from "./render-project-files";
import { renderValidationRule } from "./render-validation-rule";
import { buildSalesforceContext } from "./salesforce-context";

/** Metadata API version the project targets unless the caller chooses another. */
export const DEFAULT_API_VERSION = "66.0";

/** Options of the Salesforce generator. */
export interface SalesforceProjectOptions {
  /**
   * Metadata API version written to sfdx-project.json and package.xml.
   * @default "66.0"
   */
  apiVersion?: string;
  /** The catalog passed with `--catalog`, or null. Standard picklist values are deployed only with one. */
  catalog: Catalog | null;
}

/**
 * Generates the SFDX project of a policy: custom permissions and permission sets for integration
 * users, validation rules for the rule parts the enforcement plan gives to Salesforce, history
 * tracking, created custom fields, added standard picklist values, package.xml and
 * sfdx-project.json. Files are sorted by path; nothing depends on time or the machine.
 */
export function generateSalesforceProject(ir: PolicyIR, options: SalesforceProjectOptions): GeneratorResult {
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (!/^\d+\.0$/.test(apiVersion)) {
    return failWith(
      buildDiagnostic({
        code: SALESFORCE_CODES.invalidApiVersion,
        message: `"${apiVersion}" is not a Metadata API version.`,
        hint: `Pass a version such as ${DEFAULT_API_VERSION}.`,
      }),
    );
  }

  const context = buildSalesforceContext(ir, options.catalog, apiVersion);
  if (context === null) {
    return failWith(
      buildDiagnostic({
        code: SALESFORCE_CODES.noSalesforceSystem,
        severity: "info",
        message: `Policy "${ir.name}" has no system of kind "salesforce", so no Salesforce project is generated.`,
        path: "/systems",
      }),
    );
  }
  const diagnostics: Diagnostic[] = [];
  const files: GeneratedFile[] = [];
  reportExtraSalesforceSystems(ir, context.salesforceSystem, diagnostics);

  const permissions = buildPermissionSets(context);
  files.push(...permissions.customPermissions.map((permission) => renderCustomPermission(permission, context.banner)));
  files.push(...permissions.permissionSets.map((permissionSet) => renderPermissionSet(permissionSet, context.banner)));
  diagnostics.push(...permissions.diagnostics);

  const validationRules = buildValidationRules(context, buildEnforcementPlan(ir));
  files.push(...validationRules.rules.map((rule) => renderValidationRule(rule, context.banner)));
  diagnostics.push(...validationRules.diagnostics);

  const history = buildHistoryTracking(context);
  files.push(...history.objectsToEnable.map((object) => renderObjectHistorySwitch(object, context.banner)));
  files.push(...history.standardFields.map(({ object, property }) => renderStandardFieldHistory(object, property, context.banner)));
  diagnostics.push(...history.diagnostics);

  const customFields = buildCustomFields(context, history.createdFields);
  files.push(...customFields.files);
  diagnostics.push(...customFields.diagnostics);

  const valueSets = buildStandardValueSets(context);
  files.push(...valueSets.files);
  diagnostics.push(...valueSets.diagnostics);

  files.push(renderPackageManifest(listComponents(files), apiVersion, context.banner));
  files.push(renderSfdxProject(ir.name, apiVersion));

  files.sort((left, right) => compareCodeUnits(left.path, right.path));
  return { files, diagnostics };
}

function reportExtraSalesforceSystems(ir: PolicyIR, served: string, diagnostics: Diagnostic[]): void {
  const others = Object.keys(ir.systems)
    .filter((key) => key !== served && ir.systems[key]?.kind === "salesforce")
    .sort();
  if (others.length > 0) {
    diagnostics.push(
      buildDiagnostic({
        code: SALESFORCE_CODES.severalSalesforceSystems,
        severity: "warning",
        message: `Policy "${ir.name}" declares several Salesforce systems; the project serves "${served}" and ignores ${others.map((key) => `"${key}"`).join(", ")}.`,
        path: "/systems",
        hint: "Split the policy so that each Salesforce org has its own.",
      }),
    );
  }
}

function failWith(diagnostic: Diagnostic): GeneratorResult {
  return { files: [], diagnostics: [diagnostic] };
}
