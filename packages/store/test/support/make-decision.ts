// Builds Decision objects in the shape the runtime returns, for store tests that run before (and
// apart from) the resolver. Ids are deterministic, as the runtime's are.

import type { AuditEntry, Decision } from "@fieldpolicy/core";

/** Options of `makeDecision`; everything has a plain default. */
export interface DecisionSeed {
  index: number;
  field?: string;
  record?: string;
  outcome?: "resolved" | "review" | "error";
  queue?: string;
  dueBy?: string;
  /** Event time of the changes. */
  at?: string;
  /** Proposed values per system, in canonical form; the first one is applied or kept as interim. */
  proposals?: Record<string, unknown>;
  base?: unknown;
}

/** Builds one decision with an audit entry per proposal. */
export function makeDecision(seed: DecisionSeed): Decision {
  const field = seed.field ?? "leadStatus";
  const record = seed.record ?? `00Q5f000001Rec${String(seed.index).padStart(6, "0")}`;
  const outcome = seed.outcome ?? "resolved";
  const at = seed.at ?? "2026-12-01T15:00:00.000Z";
  const proposals = seed.proposals ?? { crm: "Working", map: "Contacted" };
  const base = seed.base ?? "New";
  const id = `dec-${field}-${record}-${seed.index}`;
  const [firstSystem, firstValue] = Object.entries(proposals)[0] ?? ["crm", "Working"];

  const audit: AuditEntry[] = Object.entries(proposals).map(([system, value], position) => ({
    decisionId: id,
    record,
    field,
    system,
    actor: `${system}.user@example.com`,
    oldValue: base,
    newValue: value,
    at,
    disposition: outcome === "review" ? "queued" : position === 0 ? "applied" : "rejected",
    reason: outcome === "review" ? "reviewRequired" : position === 0 ? "systemOfRecord" : "notSystemOfRecord",
  }));

  return {
    id,
    record,
    field,
    outcome,
    value: outcome === "review" ? base : firstValue,
    source: outcome === "review" ? "base" : firstSystem,
    writes: [],
    rejected: [],
    review:
      outcome === "review"
        ? { queue: seed.queue ?? "revops", trigger: "protectedValue", reason: "Only Salesforce may change a disqualified lead.", dueBy: seed.dueBy ?? "2026-12-02T22:00:00.000Z" }
        : null,
    rule: { id: "ownerWins", explanation: "Salesforce owns the field." },
    audit: outcome === "error" ? [] : audit,
    ...(outcome === "error" ? { error: { line: seed.index, message: "invalid input" } } : {}),
  };
}

/** Builds `count` resolved decisions numbered from `start`; every tenth one goes to review. */
export function makeDecisions(start: number, count: number): Decision[] {
  return Array.from({ length: count }, (_, offset) => {
    const index = start + offset;
    return makeDecision({ index, outcome: index % 10 === 0 ? "review" : "resolved" });
  });
}
