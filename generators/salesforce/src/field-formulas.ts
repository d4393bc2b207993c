// Formula pieces about one bound field and about who makes the change. Picklists need their own
// functions (ISPICKVAL, TEXT) because Salesforce rejects `=` on picklist fields.

import type { Formula } from "./formula";
import { FALSE, call, compare, not, or, stringLiteral, token } from "./formula";
import type { SalesforceBinding, SalesforceContext } from "./salesforce-context";

/** Returns a reference to the field's new value. */
export function currentValue(binding: SalesforceBinding): Formula {
  return token(binding.property);
}

/** Returns the field's value before the change (PRIORVALUE). */
export function priorValue(binding: SalesforceBinding): Formula {
  return call("PRIORVALUE", token(binding.property));
}

/** True when the save changes the field. ISCHANGED is FALSE on insert, so these rules govern updates. */
export function isChanged(binding: SalesforceBinding): Formula {
  return call("ISCHANGED", token(binding.property));
}

/** True when the field types of the binding can be compared with string values in a formula. */
export function comparesAsText(binding: SalesforceBinding): boolean {
  return binding.field.type.kind === "picklist" || binding.field.type.kind === "text";
}

/** Converts a value of the field to text: TEXT() for a picklist, the value itself for a text field. */
export function asText(binding: SalesforceBinding, value: Formula): Formula {
  return binding.field.type.kind === "picklist" ? call("TEXT", value) : value;
}

/** True when the value equals one of the native values. Only for fields that compare as text. */
export function equalsAny(binding: SalesforceBinding, value: Formula, natives: readonly string[]): Formula {
  const tests = natives.map((native) =>
    binding.field.type.kind === "picklist"
      ? call("ISPICKVAL", value, stringLiteral(native))
      : compare("=", value, stringLiteral(native)),
  );
  return or(...tests);
}

/**
 * True when the prior value counts as blank: empty, or one of the placeholders the policy declares
 * blank (for text and picklist fields). A checkbox is never blank.
 */
export function isPriorBlank(context: SalesforceContext, binding: SalesforceBinding): Formula {
  const kind = binding.field.type.kind;
  if (kind === "boolean") {
    return FALSE;
  }
  if (!comparesAsText(binding)) {
    return call("ISBLANK", priorValue(binding));
  }
  const placeholders = [...new Set([...context.ir.blanks, ...binding.field.blanks])].sort();
  const prior = asText(binding, priorValue(binding));
  return or(
    call("ISBLANK", prior),
    ...placeholders.map((placeholder) => compare("=", prior, stringLiteral(placeholder))),
  );
}

/**
 * True when the running user writes on behalf of `system`. An integration system is recognized by
 * its custom permission. The Salesforce system is every user who has none of those permissions,
 * that is the people working in Salesforce. Any other system never writes to Salesforce.
 */
export function writesAs(context: SalesforceContext, system: string): Formula {
  const permission = context.customPermissions.get(system);
  if (permission !== undefined) {
    return token(`$Permission.${permission}`);
  }
  if (system === context.salesforceSystem) {
    return not(or(...context.integrationSystems.map((other) => writesAs(context, other))));
  }
  return FALSE;
}

/** True when the running user writes on behalf of any of the systems. */
export function writesAsAny(context: SalesforceContext, systems: readonly string[]): Formula {
  return or(...systems.map((system) => writesAs(context, system)));
}

/** True when a system can write to Salesforce at all, so a rule about it has something to block. */
export function canWriteToSalesforce(context: SalesforceContext, system: string): boolean {
  return writesAs(context, system) !== FALSE;
}
