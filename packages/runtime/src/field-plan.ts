// A field's plan: its IR fragment plus the policy facts rule parts and normalization need, built
// once per field and reused for every conflict on it.

import type { Field, PolicyIR, Queue, SystemKind } from "@fieldpolicy/core";
import { buildPlaceholderSet } from "./normalize/blank";
import type { FieldFacts } from "./types";

/** Everything the resolver needs about one field of a policy. */
export interface FieldPlan {
  field: Field;
  /** The field with its picklist value maps left out, to read a base given in canonical values. */
  canonicalField: Field;
  facts: FieldFacts;
  placeholders: ReadonlySet<string>;
  systemKinds: Readonly<Record<string, SystemKind>>;
  queues: Readonly<Record<string, Queue>>;
}

/** Builds the plan of one field, or returns undefined when the policy has no such field. */
export function buildFieldPlan(ir: PolicyIR, key: string): FieldPlan | undefined {
  if (!Object.hasOwn(ir.fields, key)) {
    return undefined;
  }
  const field = ir.fields[key]!;
  const systemOrder = Object.keys(ir.systems);

  const facts: FieldFacts = {
    key,
    label: field.label,
    tier: field.tier,
    systemOfRecord: field.systemOfRecord,
    systems: systemOrder.filter((system) => Object.hasOwn(field.bindings, system)),
    systemOrder,
    systemLabels: Object.fromEntries(systemOrder.map((system) => [system, ir.systems[system]!.label])),
    review: field.review,
    optOutWins: field.rule.optOutWins !== undefined,
  };

  const systemKinds = Object.fromEntries(systemOrder.map((system) => [system, ir.systems[system]!.kind]));
  return {
    field,
    canonicalField: withoutValueMaps(field),
    facts,
    placeholders: buildPlaceholderSet(ir.blanks, field.blanks),
    systemKinds,
    queues: ir.queues,
  };
}

function withoutValueMaps(field: Field): Field {
  const type = field.type;
  if (type.kind === "picklist" || type.kind === "multiPicklist") {
    return { ...field, type: { ...type, valueMaps: {} } };
  }
  return field;
}
