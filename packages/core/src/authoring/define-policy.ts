import type { PolicySpec } from "./policy-spec";

/**
 * Declares a policy. Write it as the default export of a `*.policy.ts` file.
 *
 * The compiler never runs this function on author code: it evaluates the policy literal
 * statically. At run time the function returns its argument unchanged; its job is the type
 * parameters, which make the editor check that every system, queue, object and picklist value a
 * field names is declared.
 *
 * @example
 * export default definePolicy({
 *   name: "lead",
 *   label: "Lead ownership",
 *   systems: { crm: { kind: "salesforce", label: "Salesforce" } },
 *   objects: { lead: { label: "Lead", bindings: { crm: "Lead" } } },
 *   fields: {},
 * });
 */
export function definePolicy<
  const S extends string,
  const O extends string,
  const F extends Record<string, unknown>,
  const Q extends string = never,
>(policy: PolicySpec<S, Q, O, F>): PolicySpec<S, Q, O, F> {
  return policy;
}
