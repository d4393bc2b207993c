import type { Field, PolicyIR } from "@fieldpolicy/core";
import type { ChangeSeverity, PolicyChange } from "./policy-change";

/** The two versions of one field, with what a field-level comparison needs to report. */
export interface FieldPair {
  policy: PolicyIR;
  key: string;
  before: Field;
  after: Field;
}

/** Builds a change of one field; paths are relative to the field. */
export function buildFieldChange(
  pair: FieldPair,
  severity: ChangeSeverity,
  kind: string,
  message: string,
  relativePath: string,
  before: unknown,
  after: unknown,
): PolicyChange {
  return {
    severity,
    kind,
    policy: pair.policy.name,
    object: pair.after.object,
    field: pair.key,
    message,
    path: `/fields/${pair.key}${relativePath}`,
    before,
    after,
  };
}

/** Returns the display name of a system (its label), falling back to its key. */
export function labelSystem(policy: PolicyIR, system: string): string {
  return policy.systems[system]?.label ?? system;
}

/** Renders a list of values for a sentence: `"A", "B" and "C"`. */
export function renderValueList(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  if (quoted.length <= 1) {
    return quoted.join("");
  }
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
