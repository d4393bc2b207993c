// The tiers section: what each tier used by the policy means and guarantees, from core's tier profiles, with the
// fields in it.

import type { PolicyIR, Tier } from "@fieldpolicy/core";
import { TIER_PROFILES } from "@fieldpolicy/core";
import { joinWords, renderField } from "./render-policy-terms";
import { renderList, renderParagraph } from "./render-blocks";

function renderTier(ir: PolicyIR, tier: Tier): string {
  const profile = TIER_PROFILES[tier];
  const fields = Object.keys(ir.fields)
    .sort()
    .filter((key) => ir.fields[key]!.tier === tier)
    .map((key) => renderField(ir.fields[key]!));

  return [
    `### Tier ${tier}`,
    renderParagraph(profile.meaning),
    "Guarantees:",
    renderList(profile.guarantees),
    renderParagraph(`Fields: ${joinWords(fields, "and")}.`),
  ].join("\n\n");
}

/** Renders the tiers section, one subsection per tier that at least one field has. */
export function renderTiers(ir: PolicyIR): string {
  const tiers = ([1, 2, 3] as const).filter((tier) => Object.values(ir.fields).some((field) => field.tier === tier));
  return ["## Tiers", ...tiers.map((tier) => renderTier(ir, tier))].join("\n\n");
}
