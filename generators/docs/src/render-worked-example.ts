// One worked example of the playbook: the conflict as the systems sent it, and the decision the
// runtime resolver reaches on it under the policy.

import type { Decision, PolicyIR } from "@fieldpolicy/core";
import { REASON_CODES, isReasonCode, resolveConflict } from "@fieldpolicy/runtime";
import type { ConflictScenario } from "./build-playbook-scenarios";
import { PLAYBOOK_NOW } from "./build-playbook-scenarios";
import { renderList, renderParagraph } from "./render-blocks";
import { describeRulePartName } from "./render-enforcement-plan";
import { renderCode, renderText } from "./escape-markdown";
import { renderLocalTime } from "./render-local-time";
import { renderField, renderQueue, renderSystem } from "./render-policy-terms";
import { renderTable } from "./render-table";

/** Renders a value as the system sent it, in its JSON form, so `"true"` and `true` look different. */
export function renderNativeValue(value: unknown): string {
  return renderCode(JSON.stringify(value) ?? "undefined");
}

/** Renders a canonical value in plain words: text as text, blank as "blank", the rest as JSON. */
export function renderCanonicalValue(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "blank";
  }
  return typeof value === "string" ? renderText(value) : renderCode(JSON.stringify(value));
}

function renderReason(reason: string): string {
  const description = isReasonCode(reason) ? ` ${REASON_CODES[reason]}` : "";
  return `${renderCode(reason)}:${description}`;
}

function renderConflictTable(ir: PolicyIR, scenario: ConflictScenario): string {
  const field = ir.fields[scenario.fieldKey]!;
  const rows = scenario.conflict.changes.map((change) => [
    renderSystem(ir, change.system),
    renderCode(field.bindings[change.system]?.property ?? ""),
    renderNativeValue(change.value),
    renderText(String(change.at)),
    renderText(change.actor),
    change.context === undefined ? "" : renderCode(JSON.stringify(change.context)),
  ]);
  return renderTable(["System", "Property", "Value sent", "Event time", "Actor", "Context"], rows);
}

function renderRejections(ir: PolicyIR, decision: Decision): string[] {
  if (decision.rejected.length === 0) {
    return [renderParagraph("Rejected changes: none.")];
  }
  const rows = decision.rejected.map((rejection) => [
    renderSystem(ir, rejection.system),
    renderNativeValue(rejection.value),
    renderText(rejection.at),
    renderReason(rejection.reason),
  ]);
  return [renderParagraph("Rejected changes:"), renderTable(["System", "Value", "Event time", "Reason"], rows)];
}

function describeOutcome(ir: PolicyIR, decision: Decision): string[] {
  const source = decision.source === "base" ? "the last agreed value" : renderSystem(ir, decision.source);
  const lines = [
    `Outcome: **${decision.outcome === "review" ? "sent to review" : decision.outcome}**.`,
    `Value: ${renderCanonicalValue(decision.value)}, from ${source}.`,
  ];
  if (decision.writes.length > 0) {
    const writes = decision.writes.map(
      (write) => `${renderSystem(ir, write.system)} ${renderNativeValue(write.value)}`,
    );
    lines.push(`Writes: ${writes.join(", ")}.`);
  } else {
    lines.push("Writes: none, every system already holds the value.");
  }
  if (decision.review === null) {
    lines.push("Review: none.");
  } else {
    const queue = ir.queues[decision.review.queue];
    const owner = queue === undefined ? "" : ` (${renderText(queue.owner)})`;
    const local = queue === undefined ? null : renderLocalTime(decision.review.dueBy, queue.calendar.timeZone);
    const localDue = local === null ? "" : ` (${renderText(local)} ${renderCode(queue!.calendar.timeZone)})`;
    lines.push(
      `Review: ${renderQueue(ir, decision.review.queue)}${owner}, due by ${renderText(decision.review.dueBy)}${localDue}, because ${renderCode(decision.review.trigger)}: ${renderText(decision.review.reason)}`,
    );
  }
  lines.push(`Rule: ${renderCode(decision.rule.id)}. ${renderText(decision.rule.explanation)}`);
  return lines;
}

/** Resolves the scenario's conflict at PLAYBOOK_NOW and renders the example with its decision. */
export function renderWorkedExample(ir: PolicyIR, scenario: ConflictScenario, heading: string): string {
  const field = ir.fields[scenario.fieldKey]!;
  const decision = resolveConflict(ir, scenario.conflict, { now: new Date(PLAYBOOK_NOW) });
  const base = scenario.conflict.base;
  const baseLine =
    base === null
      ? "There is no last agreed value."
      : `Last agreed value: ${renderCanonicalValue(base.value)}, at ${renderText(String(base.at))}.`;

  return [
    heading,
    renderParagraph(
      `${renderText(scenario.story)} Field: ${renderField(field)} (tier ${field.tier}, system of record ${renderSystem(ir, field.systemOfRecord)}), chosen because its rule has ${describeRulePartName(scenario.part).toLowerCase()}. Record ${renderCode(scenario.conflict.record)}.`,
    ),
    renderParagraph(baseLine),
    renderConflictTable(ir, scenario),
    renderList(describeOutcome(ir, decision)),
    ...renderRejections(ir, decision),
  ].join("\n\n");
}
