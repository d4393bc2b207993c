// The duplicate-merge example of the playbook: the duplicates, and the surviving value that the
// runtime's merge survivorship gives under the policy.

import type { PolicyIR } from "@fieldpolicy/core";
import { resolveMerge } from "@fieldpolicy/runtime";
import type { MergeScenario } from "./build-playbook-scenarios";
import { renderList, renderParagraph } from "./render-blocks";
import { describeMergeRule } from "./render-rule-prose";
import { renderCode, renderText } from "./escape-markdown";
import { renderField, renderSystem } from "./render-policy-terms";
import { renderTable } from "./render-table";
import { renderCanonicalValue } from "./render-worked-example";

/** Merges the scenario's duplicates and renders the example with the surviving value. */
export function renderMergeExample(ir: PolicyIR, scenario: MergeScenario, heading: string): string {
  const field = ir.fields[scenario.fieldKey]!;
  const result = resolveMerge(ir, scenario.merge);
  const merged = result.fields[scenario.fieldKey];

  const rows = scenario.merge.records.map((record) => [
    renderCode(record.id),
    record.crmId === null ? "No" : renderCode(record.crmId),
    renderText(String(record.createdAt)),
    renderCanonicalValue(record.fields[scenario.fieldKey]?.value ?? null),
    renderText(String(record.fields[scenario.fieldKey]?.at ?? "")),
  ]);
  const from = merged?.from === null || merged === undefined ? "several records together" : renderCode(merged.from);

  return [
    heading,
    renderParagraph(
      `${renderText(scenario.story)} Field: ${renderField(field)} (tier ${field.tier}, system of record ${renderSystem(ir, field.systemOfRecord)}). ${describeMergeRule(field)}`,
    ),
    renderTable(["Record", "Linked to the CRM", "Created", renderField(field), "Changed at"], rows),
    renderList([
      `Surviving record: ${renderCode(result.survivor)}; retired: ${result.merged.map((id) => renderCode(id)).join(", ")}.`,
      `Value: ${renderCanonicalValue(merged?.value ?? null)}, from ${from}, by the ${renderCode(merged?.rule ?? "primary")} merge rule.`,
    ]),
  ].join("\n\n");
}
