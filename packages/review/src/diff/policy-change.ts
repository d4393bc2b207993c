// A semantic change between two versions of a policy, as a reviewer reads it: what changed for
// which field, and how risky it is.

/** Risk of a change: `error` breaks or weakens a guarantee, `warning` needs a careful look. */
export type ChangeSeverity = "error" | "warning" | "info";

/** Severities from most to least severe, for sorting and for `--fail-on`. */
export const SEVERITY_ORDER: readonly ChangeSeverity[] = ["error", "warning", "info"];

/** One semantic change. */
export interface PolicyChange {
  severity: ChangeSeverity;
  /** Stable kind of change (`system-of-record-changed`), for filters and tests. */
  kind: string;
  /** The policy the change belongs to. */
  policy: string;
  /** The policy object of the field, or null for policy-wide changes (queues, systems). */
  object: string | null;
  /** The field key, or null for policy-wide changes. */
  field: string | null;
  /** One sentence a reviewer understands without reading TypeScript. */
  message: string;
  /** JSON Pointer of the changed value in the IR. */
  path: string;
  before: unknown;
  after: unknown;
}

/** True when a change is at least as severe as the threshold. */
export function reachesSeverity(severity: ChangeSeverity, threshold: ChangeSeverity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}
