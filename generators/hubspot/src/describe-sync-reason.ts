// The one-sentence reason each mapping gives for its sync rule, and the HubSpot behavior the admin
// cannot change. Both are derived from the policy, so they change when the policy does.

import { RULE_PART_NAMES, type Field, type HubSpotSyncSetting, type PolicyIR } from "@fieldpolicy/core";

/** The inputs the sentences are derived from. */
export interface SyncReasonInput {
  ir: PolicyIR;
  field: Field;
  setting: HubSpotSyncSetting;
  /** True when a Salesforce validation rule enforces the field's ownership. */
  ownershipInSalesforce: boolean;
}

/** Renders why the mapping uses its sync rule. */
export function describeSyncReason({ ir, field, setting, ownershipInSalesforce }: SyncReasonInput): string {
  const label = field.label;
  const owner = ir.systems[field.systemOfRecord]?.label ?? field.systemOfRecord;
  const rule = field.rule;

  if (setting.fixedBy === "ownerMapping") {
    return `HubSpot syncs the owner mapping two-way whatever rule it shows, so ${owner}'s ownership of ${label} rests on the layers listed for its rule parts.`;
  }
  if (setting.fixedBy === "emailOptOutMapping") {
    return `The admin cannot change this mapping, so the layers listed for its rule parts apply the consent rule of ${label}.`;
  }
  if (setting.unmappable) {
    return `HubSpot cannot map a custom user property to a Salesforce field, so the resolver carries ${label} between the systems.`;
  }

  switch (setting.rule) {
    case "Always use Salesforce":
      return rule.readOnlyFor?.includes(setting.hubspotSystem)
        ? `${label} is read-only for HubSpot, so HubSpot must never pass its value to Salesforce.`
        : `Salesforce owns ${label} and lets no other system fill it, so HubSpot must never pass its value to Salesforce.`;
    case "Prefer Salesforce unless blank":
      return `Salesforce owns ${label} but lets other systems fill it while it is blank, which is what this rule does.`;
    default:
      return describeTwoWayReason({ ir, field, setting, ownershipInSalesforce }, owner);
  }
}

function describeTwoWayReason({ field, setting, ownershipInSalesforce }: SyncReasonInput, owner: string): string {
  const label = field.label;
  const rule = field.rule;
  const hubspot = setting.hubspotSystem;

  if (field.systemOfRecord === setting.salesforceSystem) {
    const limited = rule.limitedValues?.[hubspot];
    if (limited !== undefined) {
      return `Salesforce owns ${label} but HubSpot may set ${limited.join(" or ")}, so HubSpot's changes must reach Salesforce, where a validation rule and the resolver check them.`;
    }
    if (rule.recentActivityLock !== undefined) {
      return `Salesforce owns ${label} but HubSpot may change it outside the ${rule.recentActivityLock.windowDays}-day activity window, which only the resolver can see.`;
    }
  }
  if (field.systemOfRecord === hubspot && rule.ownerWins !== undefined) {
    return ownershipInSalesforce
      ? `HubSpot owns ${label} and the connector has no rule that prefers HubSpot, so the mapping is two-way and a Salesforce validation rule lets only HubSpot's integration user change the field.`
      : `HubSpot owns ${label} and the connector has no rule that prefers HubSpot, so the mapping is two-way and the resolver writes HubSpot's value back over other changes.`;
  }
  if (field.systemOfRecord !== setting.salesforceSystem && field.systemOfRecord !== hubspot) {
    return `${owner} owns ${label} and neither HubSpot nor Salesforce may win by rule, so the mapping carries changes both ways and the resolver decides which value stands.`;
  }
  const parts = RULE_PART_NAMES.filter((part) => rule[part] !== undefined).join(", ");
  return `No sync rule expresses the rule of ${label} (${parts}), so the mapping carries changes both ways and the layers listed for its rule parts enforce it.`;
}

/** Renders what HubSpot fixes about the mapping and what the policy does about it, or returns null. */
export function describePlatformBehavior(ir: PolicyIR, field: Field, setting: HubSpotSyncSetting): string | null {
  if (setting.fixedBy === "ownerMapping") {
    const sentences = [
      'HubSpot keeps the owner mapping two-way even where its panel shows "Prefer Salesforce unless blank".',
      "It sets an owner in Salesforce only when the HubSpot owner matches an active Salesforce user by name and email address, and resets an owner that matches no Salesforce user to the last Salesforce value.",
      describeOwnerPolicy(ir, field),
    ];
    return sentences.join(" ");
  }
  if (setting.fixedBy === "emailOptOutMapping") {
    const evidence = field.rule.optOutWins?.evidenceRequired
      ? "a return to opted-in needs consent evidence, else the resolver rejects it"
      : "a return to opted-in needs no consent evidence";
    return [
      "An opt-out in either system reaches the other, unchecking Email Opt Out in Salesforce does not opt the contact back in to HubSpot email, and the contact can opt back in only through a HubSpot email's subscription link.",
      `The policy adds that an opt-out from any system wins at once and that ${evidence}.`,
    ].join(" ");
  }
  return null;
}

function describeOwnerPolicy(ir: PolicyIR, field: Field): string {
  const owner = ir.systems[field.systemOfRecord]?.label ?? field.systemOfRecord;
  const reviews = field.review
    .filter((trigger) => trigger.when === "override" || trigger.when === "unmappedUser")
    .map(
      (trigger) =>
        `${trigger.when === "override" ? "an overridden owner" : "an owner that matches no user"} goes to the ${ir.queues[trigger.queue]?.label ?? trigger.queue} queue`,
    );
  const reviewClause = reviews.length > 0 ? `, and ${reviews.join(" and ")}` : "";
  return `The policy makes ${owner} the system of record for ${field.label}: keep each HubSpot user's name and email address identical to their Salesforce user${reviewClause}.`;
}
