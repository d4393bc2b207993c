// One change of a worked example as a system would send it: the value in the system's own
// encoding, an event time and a typical actor.

import type { ChangeInput, Field, PolicyIR } from "@fieldpolicy/core";
import type { CanonicalValue } from "@fieldpolicy/runtime";
import { encodeValue } from "@fieldpolicy/runtime";

/**
 * Builds a change with the canonical value encoded as the system sends it, by the runtime's own
 * encoder. A value the system cannot encode is sent as it is, and the resolver then rejects it.
 */
export function buildChange(
  ir: PolicyIR,
  field: Field,
  input: { system: string; value: unknown; at: string; actor: string; context?: Record<string, unknown> },
): ChangeInput {
  const systemKind = ir.systems[input.system]?.kind ?? "custom";
  const encoded = encodeValue(input.value as CanonicalValue, {
    field,
    system: input.system,
    systemKind,
    users: undefined,
  });
  return {
    system: input.system,
    value: encoded.ok ? encoded.value : input.value,
    at: input.at,
    actor: input.actor,
    ...(input.context === undefined ? {} : { context: input.context }),
  };
}

// Typical actor of a change, per kind of system: a rep in Salesforce, a workflow in the MAP, a
// batch job at the enrichment vendor.
const ACTORS: Readonly<Record<string, string>> = {
  salesforce: "jordan.lee@example.com",
  hubspot: "lead-nurture-workflow",
  marketo: "lead-nurture-program",
  enrichment: "nightly-enrichment-job",
};

/** Returns a typical actor of a change in the system: a rep, a workflow or a batch job. */
export function selectActor(ir: PolicyIR, system: string): string {
  return ACTORS[ir.systems[system]?.kind ?? ""] ?? `${system}-integration`;
}
