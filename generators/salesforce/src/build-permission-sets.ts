// A custom permission per system that writes to Salesforce through an integration user, and a
// permission set per integration user that grants it together with edit access to exactly the
// fields the policy lets that system write. Permission sets only add access, so nothing here can
// take access away from a user.

import type { Diagnostic, Field } from "@fieldpolicy/core";
import { buildDiagnostic, toJsonPointer } from "@fieldpolicy/core";
import { SALESFORCE_CODES } from "./diagnostic-codes";
import { isReadOnlyInCatalog, takesFieldPermission } from "./field-permission-limits";
import type { SalesforceContext } from "./salesforce-context";
import { NAME_PREFIX, labelSystem, listSalesforceBindings } from "./salesforce-context";
import { NameRegistry, buildNameFromWords } from "./salesforce-names";
import { fitText } from "./text-limits";

/** A permission set for one integration user. */
export interface PermissionSetSpec {
  /** Policy key of the system. */
  system: string;
  name: string;
  label: string;
  description: string;
  /** The custom permission it grants. */
  customPermission: string;
  /** `Object.Field` names granted read and edit, sorted. */
  editableFields: string[];
  /** Objects granted read and edit, sorted. */
  editableObjects: string[];
}

/** A custom permission that marks one system's integration user. */
export interface CustomPermissionSpec {
  name: string;
  label: string;
  description: string;
}

/** The custom permissions and permission sets of a policy. */
export interface PermissionSetsResult {
  customPermissions: CustomPermissionSpec[];
  permissionSets: PermissionSetSpec[];
  diagnostics: Diagnostic[];
}

const MAX_LABEL_LENGTH = 80;
const MAX_DESCRIPTION_LENGTH = 255;

/** Builds the custom permission and permission set of every integration system, sorted by system key. */
export function buildPermissionSets(context: SalesforceContext): PermissionSetsResult {
  const result: PermissionSetsResult = { customPermissions: [], permissionSets: [], diagnostics: [] };
  const bindings = listSalesforceBindings(context);
  const names = new NameRegistry();

  for (const system of context.integrationSystems) {
    const permission = context.customPermissions.get(system);
    if (permission === undefined) {
      continue;
    }
    const systemLabel = labelSystem(context, system);
    const user = context.ir.systems[system]?.integrationUser ?? "";

    result.customPermissions.push({
      name: permission,
      label: fitText(`${systemLabel} integration (${context.ir.name})`, MAX_LABEL_LENGTH),
      description: fitText(
        `Held by the integration user of ${systemLabel} (${user}); validation rules of fieldpolicy policy "${context.ir.name}" recognize its changes by it.`,
        MAX_DESCRIPTION_LENGTH,
      ),
    });

    const editableFields = new Set<string>();
    const editableObjects = new Set<string>();
    for (const binding of bindings) {
      if (!maySystemWrite(binding.field, system)) {
        continue;
      }
      editableObjects.add(binding.object);
      const path = toJsonPointer(["fields", binding.fieldKey, "bindings", context.salesforceSystem]);
      if (!takesFieldPermission(context.catalog, binding.object, binding.property)) {
        result.diagnostics.push(
          buildDiagnostic({
            code: SALESFORCE_CODES.fieldPermissionNotGranted,
            severity: "info",
            message: `${binding.object}.${binding.property} takes no field permission in Salesforce, so the permission set of ${systemLabel} leaves it out.`,
            path,
            hint: "Salesforce gives edit access to this field with edit access to the object, which the permission set grants.",
          }),
        );
        continue;
      }
      if (isReadOnlyInCatalog(context.catalog, binding.object, binding.property)) {
        result.diagnostics.push(
          buildDiagnostic({
            code: SALESFORCE_CODES.fieldPermissionNotGranted,
            severity: "warning",
            message: `The catalog marks ${binding.object}.${binding.property} read-only, so ${systemLabel} cannot be granted edit access to it.`,
            path,
            hint: "Bind the field to a writable Salesforce field, or drop the binding.",
          }),
        );
        continue;
      }
      editableFields.add(`${binding.object}.${binding.property}`);
    }

    result.permissionSets.push({
      system,
      name: names.claim(buildNameFromWords([NAME_PREFIX, context.ir.name, system, "integration", "user"])),
      label: fitText(`${systemLabel} integration user (${context.ir.name})`, MAX_LABEL_LENGTH),
      description: fitText(
        `Assign to ${user}. Grants ${permission} and edit access to the fields fieldpolicy policy "${context.ir.name}" lets ${systemLabel} write.`,
        MAX_DESCRIPTION_LENGTH,
      ),
      customPermission: permission,
      editableFields: [...editableFields].sort(),
      editableObjects: [...editableObjects].sort(),
    });
  }

  return result;
}

/**
 * True when the policy lets a system write a field: the field is bound in that system, the system
 * is not read-only for it, and owner wins does not reserve it for another system. Filling blanks
 * and limited values still allow writes, which validation rules then restrict.
 */
export function maySystemWrite(field: Field, system: string): boolean {
  if (field.bindings[system] === undefined) {
    return false;
  }
  if (field.rule.readOnlyFor?.includes(system) === true) {
    return false;
  }
  const ownerWins = field.rule.ownerWins;
  if (ownerWins !== undefined && field.systemOfRecord !== system && !ownerWins.fillBlanks) {
    return field.rule.limitedValues?.[system] !== undefined;
  }
  return true;
}
