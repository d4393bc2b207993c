// The note of each enforcement-plan entry: what the connector setting and the Salesforce
// validation rule do for one rule part, and what they leave to the runtime resolver. The SLA
// document prints these notes, so each one must stay true of what the generators emit.

import type { Field, PolicyIR } from "./ir/policy-ir.generated";
import { selectHubSpotSyncSetting } from "./connector-settings";
import type { EnforcementLayer, RulePartName } from "./enforcement-plan";

/** The inputs of one enforcement note. */
export interface EnforcementNoteInput {
  ir: PolicyIR;
  field: Field;
  part: RulePartName;
  layers: readonly EnforcementLayer[];
}

// The reason only the resolver enforces a part, for the parts no other layer ever takes.
const RESOLVER_ONLY_REASONS: Partial<Record<RulePartName, string>> = {
  optOutWins: "neither a connector setting nor a validation rule sees consent evidence or counts bulk opt-out flips",
  recentActivityLock: "neither a connector setting nor a validation rule sees the system of record's recent activity",
  fillBlankOrStale: "neither a connector setting nor a validation rule sees value ages, placeholders or verified marks",
  lastWriteWins: "only the resolver compares event times across systems",
  sourcePriority: "only the resolver sees every system's value at once",
};

/** Renders the note of one plan entry. */
export function describeEnforcement(input: EnforcementNoteInput): string {
  const sentences: string[] = [];
  if (input.layers.includes("connector")) {
    sentences.push(describeConnector(input));
  }
  if (input.layers.includes("salesforceMetadata")) {
    sentences.push(describeValidationRule(input));
  }

  if (sentences.length === 0) {
    sentences.push(`Only the resolver enforces this: ${describeResolverOnlyReason(input)}.`);
  } else {
    sentences.push("The resolver covers every other case and writes the winning value back.");
  }
  return sentences.join(" ");
}

function describeConnector({ ir, field, part }: EnforcementNoteInput): string {
  const hubspot = selectHubSpotSyncSetting(ir, field);
  if (hubspot !== null) {
    return part === "ownerWins" && hubspot.rule === "Prefer Salesforce unless blank"
      ? `HubSpot's "${hubspot.rule}" sync rule passes a HubSpot value to Salesforce only while Salesforce's is blank.`
      : `HubSpot's "${hubspot.rule}" sync rule never passes a HubSpot value to Salesforce.`;
  }
  if (part === "lockAfterFirstWrite") {
    return "Marketo's Block Field Updates keeps the first value Marketo stores, in arrival order rather than event time.";
  }
  // Marketo blocks updates only to non-blank values, which is all that ownerWins with fillBlanks requires.
  const fillsAllowed = field.rule.ownerWins?.fillBlanks === true && part === "ownerWins";
  return fillsAllowed
    ? "Marketo's Block Field Updates on the Salesforce sync source stops Salesforce from overwriting a non-blank Marketo value."
    : "Marketo's Block Field Updates on the Salesforce sync source stops Salesforce from overwriting a non-blank Marketo value, but not from filling a blank one.";
}

function describeValidationRule({ ir, field, part }: EnforcementNoteInput): string {
  const rule = field.rule;
  switch (part) {
    case "ownerWins":
      return describeOwnershipRule(ir, field);
    case "noRegression": {
      const demotions = (rule.noRegression?.demotions.length ?? 0) > 0 ? ", except the named demotions" : "";
      return `A Salesforce validation rule rejects backward moves by comparing stage ordinals of the new value and PRIORVALUE${demotions}.`;
    }
    case "limitedValues":
      return "A Salesforce validation rule rejects any other value from the limited systems' integration users.";
    case "protectedValues":
      return "A Salesforce validation rule rejects changes away from a protected value by anyone but the system of record.";
    case "lockAfterFirstWrite": {
      const correctors = rule.lockAfterFirstWrite?.correctableBy ?? [];
      const exception =
        correctors.length > 0 ? ` except by ${correctors.map((system) => labelOf(ir, system)).join(", ")}` : "";
      return `A Salesforce validation rule rejects changes to a non-blank value${exception}, in the order Salesforce receives them.`;
    }
    default:
      return "A Salesforce validation rule rejects changes by the read-only systems that write to Salesforce.";
  }
}

function describeOwnershipRule(ir: PolicyIR, field: Field): string {
  const rule = field.rule;
  const owner = labelOf(ir, field.systemOfRecord);
  if (rule.optOutWins !== undefined) {
    return `A Salesforce validation rule lets only ${owner}'s integration user opt a person back in, and accepts every opt-out.`;
  }

  const blankClause = rule.ownerWins?.fillBlanks ? " while the field has a value" : "";
  if (ir.systems[field.systemOfRecord]?.kind !== "salesforce") {
    return `A Salesforce validation rule lets only ${owner}'s integration user change the field${blankClause}.`;
  }
  const limitedClause = rule.limitedValues === undefined ? "" : ", apart from the values the limited systems may set";
  return `A Salesforce validation rule rejects changes by other systems' integration users${blankClause}${limitedClause}.`;
}

function labelOf(ir: PolicyIR, system: string): string {
  return ir.systems[system]?.label ?? system;
}

function describeResolverOnlyReason({ ir, field, part }: EnforcementNoteInput): string {
  const reason = RESOLVER_ONLY_REASONS[part];
  if (reason !== undefined) {
    return reason;
  }
  const hubspot = selectHubSpotSyncSetting(ir, field);
  if (part === "ownerWins" && hubspot?.fixedBy === "emailOptOutMapping") {
    return "HubSpot fixes the opt-out mapping, and a validation rule would also stop the opt-outs that optOutWins applies at once";
  }
  if (part === "ownerWins" && field.rule.optOutWins !== undefined) {
    return "a validation rule or connector block would also stop the opt-outs that optOutWins applies at once";
  }
  return "no connector setting or validation rule can express it for this field's systems and value type";
}
