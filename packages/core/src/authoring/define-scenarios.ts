// Policy scenarios: conflicts with the decision the author expects, kept beside the policy in a
// `*.scenarios.ts` file and run by `fieldpolicy test`. The compiler loads them statically, like
// policies, and the types tie every field, system, queue and value to the policy.

import type { ChangeInput, TimeInput } from "../decision";
import type { RulePartName } from "../enforcement-plan";
import type { PolicySpec } from "./policy-spec";

/** One change of a scenario: a write in one system, in that system's own encoding. */
export interface ScenarioChangeSpec<S extends string> extends Omit<ChangeInput, "system"> {
  /** The system that made the change. */
  system: S;
}

/** The decision the author expects. Keys left out are not compared. */
export interface ScenarioExpectation<S extends string, Q extends string, V> {
  /** `resolved` (final) or `review` (waiting in a queue). */
  outcome?: "resolved" | "review";
  /** The canonical value every system should hold. */
  value?: V | null;
  /** Source of the value: a system or `base`. */
  source?: S | "base";
  /** The review queue, or null when the decision must not wait for a person. */
  queue?: Q | null;
  /** The rule part that decided. */
  rule?: RulePartName;
  /**
   * Reason codes of the rejected changes, per system.
   * @example { map: ["owner-wins"] }
   */
  rejected?: { readonly [K in S]?: readonly string[] };
}

/** The canonical value type of a field of policy `P`: its picklist values, or unknown. */
type FieldValueOf<P extends AnyPolicy, K> =
  P extends PolicySpec<infer _S, infer _Q, infer _O, infer F> ? (K extends keyof F ? F[K] : unknown) : unknown;

type SystemOf<P extends AnyPolicy> = keyof P["systems"] & string;
type QueueOf<P extends AnyPolicy> = keyof NonNullable<P["queues"]> & string;

// Any policy, whatever its systems, queues, objects and fields.
type AnyPolicy = PolicySpec<string, string, string, Record<string, unknown>>;

/** A conflict on one field of policy `P` and the decision it must get. */
export type ScenarioSpec<P extends AnyPolicy> = {
  [K in keyof P["fields"] & string]: {
    /** Sentence naming what the scenario shows. */
    name: string;
    /**
     * The clock for age rules and due times.
     * @example "2026-12-01T15:00:00Z"
     */
    now: string;
    /** The field the systems disagree on. */
    field: K;
    /**
     * The record's id.
     * @default "scenario-record"
     */
    record?: string;
    /** The last agreed value in canonical form, or null when there is no snapshot. */
    base: { value: FieldValueOf<P, K> | null; at: TimeInput | null } | null;
    changes: readonly ScenarioChangeSpec<SystemOf<P>>[];
    expect: ScenarioExpectation<SystemOf<P>, QueueOf<P>, FieldValueOf<P, K>>;
  };
}[keyof P["fields"] & string];

/** A person in the scenarios' user directory, for fields that reference users (owners). */
export interface ScenarioUserSpec<S extends string> {
  /** Email address; its lower-case form is the canonical user reference. */
  email: string;
  /** The person's user id in each system. */
  ids: { readonly [K in S]?: string };
  /** Whether the person's user is active in each system; a missing entry counts as inactive. */
  active: { readonly [K in S]?: boolean };
}

/** A file of scenarios for policy `P`. */
export interface ScenarioFileSpec<P extends AnyPolicy> {
  /**
   * Path of the policy file, relative to the scenarios file.
   * @example "./lead.policy.ts"
   */
  policy: string;
  /**
   * The user directory owner fields are mapped through.
   * @default [] (no users, so every owner value is unmapped)
   */
  users?: readonly ScenarioUserSpec<SystemOf<P>>[];
  scenarios: readonly ScenarioSpec<P>[];
}

/**
 * Declares the scenarios of a policy. Pass the policy's type, imported as a type only, so the
 * editor checks every field, system, queue and value against it:
 *
 * @example
 * import type policy from "./lead.policy";
 * export default defineScenarios<typeof policy>({ policy: "./lead.policy.ts", scenarios: [] });
 */
export function defineScenarios<P extends AnyPolicy>(file: ScenarioFileSpec<P>): ScenarioFileSpec<P> {
  return file;
}
