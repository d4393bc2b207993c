// Finds where Marketo's collision rule contradicts the policy. Adobe documents that when a person
// changes in both systems within one sync cycle, Marketo keeps Marketo's value for a Salesforce
// Lead and Salesforce's value for a Contact, whatever the field or its history.

import { RULE_PART_NAMES, type EnforcementPlan, type Field, type PolicyIR, type RulePartName } from "@fieldpolicy/core";
import type { CollisionConflict } from "./marketo-checklist";

/** The systems the collision rule chooses between. */
export interface CollisionSystems {
  marketoSystem: string;
  salesforceSystem: string;
}

/** Lists every rule part of every field that Marketo's collision rule contradicts, by field key and then precedence. */
export function selectCollisionConflicts(
  ir: PolicyIR,
  plan: EnforcementPlan,
  systems: CollisionSystems,
): CollisionConflict[] {
  const conflicts: CollisionConflict[] = [];
  for (const fieldKey of Object.keys(ir.fields).sort()) {
    const field = ir.fields[fieldKey]!;
    if (field.bindings[systems.marketoSystem] === undefined || field.bindings[systems.salesforceSystem] === undefined) {
      continue;
    }
    const salesforceObject = ir.objects[field.object]?.bindings[systems.salesforceSystem];
    const winner = selectCollisionWinner(salesforceObject, systems);
    if (salesforceObject === undefined || winner === null) {
      continue;
    }

    for (const part of RULE_PART_NAMES) {
      const decision = describeContradiction(ir, field, part, winner);
      if (decision === null) {
        continue;
      }
      const entry = plan.entries.find((candidate) => candidate.field === fieldKey && candidate.part === part);
      conflicts.push({
        field: fieldKey,
        label: field.label,
        salesforceObject,
        collisionWinner: winner,
        part,
        policyDecision: decision,
        layers: [...(entry?.layers ?? ["runtimeResolver"])],
      });
    }
  }
  return conflicts;
}

// Marketo syncs Opportunity and other objects one way from Salesforce, so only Lead and Contact collide.
function selectCollisionWinner(salesforceObject: string | undefined, systems: CollisionSystems): string | null {
  if (salesforceObject === "Lead") {
    return systems.marketoSystem;
  }
  if (salesforceObject === "Contact") {
    return systems.salesforceSystem;
  }
  return null;
}

/** Describes what the policy decides where the collision winner's value would break the part, or returns null. */
function describeContradiction(ir: PolicyIR, field: Field, part: RulePartName, winner: string): string | null {
  const rule = field.rule;
  const owner = ir.systems[field.systemOfRecord]?.label ?? field.systemOfRecord;
  const winnerOwns = field.systemOfRecord === winner;

  switch (part) {
    case "optOutWins":
      return rule.optOutWins === undefined
        ? null
        : "The more restrictive value wins at once, whichever system sent it.";
    case "lockAfterFirstWrite":
      return rule.lockAfterFirstWrite === undefined ? null : "The first non-blank value by event time stays.";
    case "lastWriteWins":
      return rule.lastWriteWins === undefined ? null : "The change with the later event time wins.";
    case "ownerWins":
      return rule.ownerWins === undefined || winnerOwns ? null : `${owner}'s value stands.`;
    case "noRegression":
      return rule.noRegression === undefined || winnerOwns
        ? null
        : "A backward move by a system other than the system of record is rejected.";
    case "protectedValues":
      return rule.protectedValues === undefined || winnerOwns
        ? null
        : "Only the system of record may overwrite a protected value.";
    case "limitedValues":
      return rule.limitedValues?.[winner] === undefined
        ? null
        : `${labelOf(ir, winner)} may set only ${rule.limitedValues[winner]!.join(" or ")}.`;
    case "recentActivityLock":
      return rule.recentActivityLock?.systems.includes(winner)
        ? `${labelOf(ir, winner)} may not change the field during ${owner}'s recent activity.`
        : null;
    case "readOnlyFor":
      return rule.readOnlyFor?.includes(winner) ? `${labelOf(ir, winner)} may never write the field.` : null;
    case "fillBlankOrStale":
      return rule.fillBlankOrStale === undefined || rule.fillBlankOrStale.source === winner
        ? null
        : `${labelOf(ir, rule.fillBlankOrStale.source)} fills the field only while it is blank or stale.`;
    case "sourcePriority": {
      const first = rule.sourcePriority?.order.find((system) => field.bindings[system] !== undefined);
      return first === undefined || first === winner ? null : `${labelOf(ir, first)}'s non-blank value wins.`;
    }
    default:
      return null;
  }
}

function labelOf(ir: PolicyIR, system: string): string {
  return ir.systems[system]?.label ?? system;
}
