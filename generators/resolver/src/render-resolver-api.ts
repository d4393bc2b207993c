// Renders the public API of a generated resolver: conflicts and decisions typed by field, and a
// session. The session checks each input, looks up the field's static wiring and resolves it
// through the kernel, so it behaves as the runtime's `createResolver`.

/** Renders the exported types and functions of the generated module. */
export function renderResolverApi(): string {
  return `/** One change as a system reports it, in that system's own value encoding. */
export type Change = ChangeInput;

/** A conflict on one field of this policy; \`base.value\` is the field's canonical value. */
export interface Conflict<Key extends FieldKey = FieldKey> {
  record: string;
  field: Key;
  base: { value: FieldValues[Key] | null; at: string | number | null } | null;
  changes: Change[];
}

/** The decision on one field: its value has the field's canonical type. */
export interface FieldDecision<Key extends FieldKey = FieldKey> extends Omit<Decision, "field" | "value" | "outcome"> {
  field: Key;
  outcome: "resolved" | "review";
  value: FieldValues[Key] | null;
}

/** The decision on an input that is not a valid conflict of this policy. */
export interface ErrorDecision extends Decision {
  outcome: "error";
}

/** Options of a resolver session. */
export interface ResolverOptions {
  /** The clock for age rules, activity windows and review due times. */
  now: Date;
  /** Needed to map owner fields between systems. */
  users?: UserDirectory;
}

/** A resolver session: it keeps its own writes, to recognize their echoes, and counts bulk opt-in flips. */
export interface Resolver {
  /** Resolves a conflict typed by its field. */
  resolve<Key extends FieldKey>(conflict: Conflict<Key>): FieldDecision<Key> | ErrorDecision;
  /** Resolves an input of unknown shape, such as a parsed JSON line; an invalid one gives an error decision. */
  resolveInput(input: unknown): FieldDecision | ErrorDecision;
}

/** Creates a resolver session over this policy. */
export function createResolver(options: ResolverOptions): Resolver {
  const session: ResolverSession = {
    ledger: new WriteLedger(),
    flips: new FlipTracker(),
    now: options.now.getTime(),
    users: options.users,
  };

  // guardResolution turns anything a pathological input throws into an error decision.
  const resolveInput = (input: unknown): FieldDecision | ErrorDecision =>
    guardResolution(input, () => {
      const id = computeDecisionId(input);
      const check = checkConflict(POLICY, input);
      if (!check.ok) {
        return buildErrorDecision(id, input, check.message);
      }

      // checkConflict accepts only the policy's field keys, and a decision on a checked conflict
      // has a canonical value of its field, which the kernel's untyped Decision cannot express.
      const wiring = FIELD_WIRING[check.conflict.field as FieldKey];
      return resolvePlannedConflict(session, { plan: wiring.plan, id, conflict: check.conflict }, wiring.applyRules);
    }) as FieldDecision | ErrorDecision;

  // The cast narrows the field key the conflict's type already fixes.
  return {
    resolve: <Key extends FieldKey>(conflict: Conflict<Key>) => resolveInput(conflict) as FieldDecision<Key> | ErrorDecision,
    resolveInput,
  };
}

/** Resolves one conflict on its own, without the echo and bulk-flip state of a session. */
export function resolveConflict<Key extends FieldKey>(conflict: Conflict<Key>, options: ResolverOptions): FieldDecision<Key> | ErrorDecision {
  return createResolver(options).resolve(conflict);
}`;
}
