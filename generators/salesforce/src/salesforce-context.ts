// The facts every part of the Salesforce project needs about a policy: which system is
// Salesforce, which systems write through an integration user and under which custom permission,
// and where each field lives in Salesforce.

import type { Catalog, Field, PolicyIR } from "@fieldpolicy/core";
import { renderGeneratedBanner } from "@fieldpolicy/core";
import { NameRegistry, buildNameFromWords } from "./salesforce-names";

/** Prefix of every API name the generator creates, so an admin can tell them apart. */
export const NAME_PREFIX = "FP";

/** The policy as the Salesforce project reads it. */
export interface SalesforceContext {
  ir: PolicyIR;
  catalog: Catalog | null;
  /** Key of the system whose kind is `salesforce`. */
  salesforceSystem: string;
  /** Systems with an integration user, sorted by key. */
  integrationSystems: string[];
  /** Custom permission API name per integration system. */
  customPermissions: ReadonlyMap<string, string>;
  /** Banner text every generated XML file carries: core's banner and the targeted API version. */
  banner: string;
}

/** The Salesforce object and field a policy field binds to. */
export interface SalesforceBinding {
  /** Policy key of the field. */
  fieldKey: string;
  field: Field;
  /** Salesforce object API name (`Lead`). */
  object: string;
  /** Salesforce field API name (`Status`, `Lifecycle_Stage__c`). */
  property: string;
  /** True when the project creates the field. */
  create: boolean;
}

/** Builds the context, or returns null when no system of the policy is Salesforce. */
export function buildSalesforceContext(
  ir: PolicyIR,
  catalog: Catalog | null,
  apiVersion: string,
): SalesforceContext | null {
  const salesforceSystems = Object.keys(ir.systems)
    .filter((key) => ir.systems[key]?.kind === "salesforce")
    .sort();
  const salesforceSystem = salesforceSystems[0];
  if (salesforceSystem === undefined) {
    return null;
  }

  const integrationSystems = Object.keys(ir.systems)
    .filter((key) => (ir.systems[key]?.integrationUser ?? null) !== null)
    .sort();

  const registry = new NameRegistry();
  const customPermissions = new Map<string, string>();
  for (const system of integrationSystems) {
    customPermissions.set(system, registry.claim(buildNameFromWords([NAME_PREFIX, ir.name, system, "integration"])));
  }

  return {
    ir,
    catalog,
    salesforceSystem,
    integrationSystems,
    customPermissions,
    banner: `${renderGeneratedBanner(ir)} Targets Salesforce Metadata API ${apiVersion}.`,
  };
}

/** Lists every field bound in Salesforce, in the policy's field order. */
export function listSalesforceBindings(context: SalesforceContext): SalesforceBinding[] {
  const bindings: SalesforceBinding[] = [];
  for (const [fieldKey, field] of Object.entries(context.ir.fields)) {
    const binding = resolveSalesforceBinding(context, fieldKey, field);
    if (binding !== null) {
      bindings.push(binding);
    }
  }
  return bindings;
}

/** Finds the Salesforce object and field a policy field binds to, or null when it is not synced with Salesforce. */
export function resolveSalesforceBinding(
  context: SalesforceContext,
  fieldKey: string,
  field: Field,
): SalesforceBinding | null {
  const binding = field.bindings[context.salesforceSystem];
  const object = context.ir.objects[field.object]?.bindings[context.salesforceSystem];
  if (binding === undefined || object === undefined) {
    return null;
  }
  return { fieldKey, field, object, property: binding.property, create: binding.create };
}

/** Returns the label of a system, for messages. */
export function labelSystem(context: SalesforceContext, system: string): string {
  return context.ir.systems[system]?.label ?? system;
}
