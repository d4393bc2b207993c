// The enforcement plan section: the layers that enforce each rule part of each field. It prints
// core's plan, so the document cannot disagree with the generated metadata and connector settings.

import type { EnforcementLayer, PolicyIR, RulePartName } from "@fieldpolicy/core";
import { buildEnforcementPlan } from "@fieldpolicy/core";
import { renderText } from "./escape-markdown";
import { compareText, renderField } from "./render-policy-terms";
import { renderTable } from "./render-table";
import { renderParagraph } from "./render-blocks";

const RULE_PART_WORDS: Readonly<Record<RulePartName, string>> = {
  ownerWins: "Owner wins",
  noRegression: "No regression",
  limitedValues: "Limited values",
  protectedValues: "Protected values",
  optOutWins: "Opt-out wins",
  lockAfterFirstWrite: "Lock after first write",
  fillBlankOrStale: "Fill blank or stale",
  recentActivityLock: "Recent activity lock",
  readOnlyFor: "Read-only for",
  lastWriteWins: "Last write wins",
  sourcePriority: "Source priority",
};

const LAYERS: readonly EnforcementLayer[] = ["connector", "salesforceMetadata", "runtimeResolver"];

/** Names a rule part in plain words: "No regression". */
export function describeRulePartName(part: RulePartName): string {
  return RULE_PART_WORDS[part];
}

/** Renders the enforcement plan, one row per field and rule part. */
export function renderEnforcementPlan(ir: PolicyIR): string {
  const plan = buildEnforcementPlan(ir);
  const rows = [...plan.entries]
    .sort((left, right) => compareText(left.field, right.field))
    .map((entry) => [
      renderField(ir.fields[entry.field]!),
      RULE_PART_WORDS[entry.part],
      ...LAYERS.map((layer) => (entry.layers.includes(layer) ? "Yes" : "No")),
      renderText(entry.note),
    ]);

  return [
    "## Enforcement plan",
    renderParagraph(
      "Each rule part is enforced by one or more layers. The connector setting stops a write before it syncs (HubSpot's sync rule, Marketo's field blocking). Salesforce metadata (validation rules and permissions) rejects the write inside Salesforce. The runtime resolver implements every part, so no part is left without a layer.",
    ),
    renderTable(["Field", "Rule part", "Connector setting", "Salesforce metadata", "Runtime resolver", "How"], rows),
  ].join("\n\n");
}
