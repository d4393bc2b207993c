// One subsection per field: what it means, where it lives in each system, every rule part as a
// sentence, who reviews what, how it survives a merge, and for picklists how each system encodes
// each value.

import type { Field, PolicyIR, ValueMap } from "@fieldpolicy/core";
import { renderCode, renderText } from "./escape-markdown";
import {
  capitalize,
  describeReviewCondition,
  joinWords,
  renderField,
  renderQueue,
  renderResponseTime,
  renderSystem,
} from "./render-policy-terms";
import { describeMergeRule, describeRule } from "./render-rule-prose";
import { renderTable } from "./render-table";
import { renderList, renderParagraph } from "./render-blocks";

function describeBindings(ir: PolicyIR, field: Field): string {
  const bindings = Object.keys(field.bindings)
    .sort()
    .map((system) => {
      const binding = field.bindings[system]!;
      const created = binding.create ? " (created by the generated outputs)" : "";
      return `${renderSystem(ir, system)} ${renderCode(binding.property)}${created}`;
    });
  return `Stored as ${joinWords(bindings, "and")}.`;
}

function describeReviews(ir: PolicyIR, field: Field): string[] {
  return field.review.map((trigger) => {
    const queue = ir.queues[trigger.queue];
    const answer =
      queue === undefined
        ? ""
        : `, owned by ${renderText(queue.owner)}, which answers within ${renderResponseTime(queue)}`;
    return `${capitalize(describeReviewCondition(trigger.when))} goes to review in ${renderQueue(ir, trigger.queue)}${answer}.`;
  });
}

/** Lists a value's native encodings in one system: the written one first, then those only accepted. */
function renderNativeValues(valueMap: ValueMap | undefined, canonical: string): string {
  if (valueMap === undefined) {
    return renderCode(canonical);
  }
  const written = Object.keys(valueMap.values)
    .filter((native) => valueMap.values[native] === canonical)
    .sort()
    .map((native) => renderCode(native));
  const accepted = Object.keys(valueMap.inboundOnly)
    .filter((native) => valueMap.inboundOnly[native] === canonical)
    .sort()
    .map((native) => `${renderCode(native)} (accepted, never written)`);
  const all = [...written, ...accepted];
  return all.length === 0 ? "no value" : all.join(", ");
}

function renderValueTable(ir: PolicyIR, field: Field): string | null {
  if (field.type.kind !== "picklist" && field.type.kind !== "multiPicklist") {
    return null;
  }
  const type = field.type;
  const systems = Object.keys(field.bindings).sort();
  const rows = type.values.map((value) => [
    renderText(value),
    ...systems.map((system) => renderNativeValues(type.valueMaps[system], value)),
  ]);
  return renderTable(["Value", ...systems.map((system) => renderSystem(ir, system))], rows);
}

/** Renders the subsection heading of a field, adding its key when another field has the same label. */
function renderFieldHeading(ir: PolicyIR, key: string): string {
  const field = ir.fields[key]!;
  const shared = Object.values(ir.fields).filter((other) => other.label === field.label).length > 1;
  return `### ${renderField(field)}${shared ? ` (${renderCode(key)})` : ""}`;
}

function renderFieldRules(ir: PolicyIR, key: string): string {
  const field = ir.fields[key]!;
  const description = field.description.trim() === "" ? [] : [renderParagraph(renderText(field.description))];
  const sentences = [
    describeBindings(ir, field),
    ...describeRule(ir, field),
    ...describeReviews(ir, field),
    describeMergeRule(field),
  ];
  const valueTable = renderValueTable(ir, field);

  return [
    renderFieldHeading(ir, key),
    ...description,
    renderList(sentences),
    ...(valueTable === null ? [] : ["How each system encodes the values:", valueTable]),
  ].join("\n\n");
}

/** Renders the rules section: every field's rule in plain words, fields in key order. */
export function renderRules(ir: PolicyIR): string {
  const fields = Object.keys(ir.fields)
    .sort()
    .map((key) => renderFieldRules(ir, key));
  return ["## Rules in plain words", ...fields].join("\n\n");
}
