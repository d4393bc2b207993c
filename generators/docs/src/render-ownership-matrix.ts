// The ownership matrix: one row per field with its system of record, tier, rule in short and
// the conditions under which a person reviews the decision.

import type { Field, PolicyIR } from "@fieldpolicy/core";
import { renderText } from "./escape-markdown";
import { capitalize, describeReviewCondition, renderField, renderQueue, renderSystem } from "./render-policy-terms";
import { summarizeRule } from "./render-rule-summary";
import { renderTable } from "./render-table";
import { renderParagraph } from "./render-blocks";

/** Describes when a person reviews a field's decisions, or states that no person reviews them. */
export function summarizeReview(ir: PolicyIR, field: Field): string {
  if (field.review.length === 0) {
    return "Never: resolved automatically";
  }
  return field.review
    .map((trigger) => `${capitalize(describeReviewCondition(trigger.when))}: ${renderQueue(ir, trigger.queue)}`)
    .join("; ");
}

/** Renders the ownership matrix, fields in key order. */
export function renderOwnershipMatrix(ir: PolicyIR): string {
  const rows = Object.keys(ir.fields)
    .sort()
    .map((key) => {
      const field = ir.fields[key]!;
      return [
        renderField(field),
        renderText(ir.objects[field.object]?.label ?? field.object),
        renderSystem(ir, field.systemOfRecord),
        String(field.tier),
        summarizeRule(ir, field),
        summarizeReview(ir, field),
      ];
    });

  return [
    "## Ownership matrix",
    renderParagraph(
      "The system of record is the one system whose value is authoritative for the field. The tier is the field's risk: 1 critical, 2 important, 3 low.",
    ),
    renderTable(["Field", "Object", "System of record", "Tier", "Resolution rule", "When a person reviews"], rows),
  ].join("\n\n");
}
