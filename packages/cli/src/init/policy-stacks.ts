/** The platform pairs `fieldpolicy init` scaffolds a policy for. */
export const POLICY_STACKS = ["hubspot", "marketo"] as const;

/** A platform pair: Salesforce with HubSpot, or Salesforce with Marketo. */
export type PolicyStack = (typeof POLICY_STACKS)[number];

/** Pattern a policy name must match; the same as `name` in schemas/policy.schema.json. */
export const POLICY_NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
