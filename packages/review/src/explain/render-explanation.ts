// Renders an explanation for a person reading a terminal: the normalization of each change, each
// rule part consulted in precedence order with what it did, and the decision.

import type { PolicyIR } from "@fieldpolicy/core";
import { REASON_CODES, type ReasonCode } from "@fieldpolicy/runtime";
import type { ConflictExplanation, NormalizedChangeStep, RulePartStep } from "./explain-conflict";

/** Renders the explanation as numbered steps. */
export function renderExplanation(ir: PolicyIR, explanation: ConflictExplanation): string {
  if (explanation.error !== null) {
    return `The input is not a valid conflict for policy ${ir.name}: ${explanation.error}\n`;
  }

  const { conflict } = explanation;
  const field = ir.fields[conflict.field];
  const lines = [
    `Conflict on ${field?.label ?? conflict.field} (${conflict.field}) of record ${conflict.record}, policy ${ir.name}`,
  ];

  lines.push("", "1. Normalization");
  lines.push(`   base: ${renderBase(explanation)}`);
  explanation.changes.forEach((change, index) => lines.push(`   change ${index + 1}: ${renderChange(ir, change)}`));

  lines.push("", "2. Rule parts, in precedence order");
  const skipped = explanation.steps.filter((step) => !step.consulted).map((step) => step.part);
  for (const step of explanation.steps.filter((candidate) => candidate.consulted)) {
    lines.push(...renderStep(ir, explanation, step));
  }
  if (skipped.length > 0) {
    lines.push(`   not in this field's rule: ${skipped.join(", ")}`);
  }

  const decision = explanation.decision;
  if (decision !== null) {
    lines.push("", "3. Decision");
    lines.push(`   outcome ${decision.outcome}: ${JSON.stringify(decision.value)} from ${decision.source}`);
    for (const write of decision.writes) {
      lines.push(`   write ${labelSystem(ir, write.system)}: ${JSON.stringify(write.value)}`);
    }
    if (decision.review !== null) {
      lines.push(
        `   review in queue ${decision.review.queue} (${decision.review.trigger}), due by ${decision.review.dueBy}`,
      );
    }
    lines.push(`   rule ${decision.rule.id}: ${decision.rule.explanation}`);
  }
  return lines.join("\n") + "\n";
}

function renderBase(explanation: ConflictExplanation): string {
  const base = explanation.base;
  if (base === null || base.missing) {
    return "none given, so a blank change cannot be told apart from a value that was never set";
  }
  return `${JSON.stringify(base.value)}${base.at === null ? "" : ` at ${base.at}`}`;
}

function renderChange(ir: PolicyIR, change: NormalizedChangeStep): string {
  const source = `${labelSystem(ir, change.system)} ${JSON.stringify(change.native)}`;
  const result =
    change.problem === null
      ? `→ ${JSON.stringify(change.canonical)}`
      : `→ not normalized (${change.problem}: ${describeReason(change.problem)})`;
  const settled =
    change.settled === null
      ? null
      : `${change.settled.disposition} before any rule part: ${change.settled.reason}, ${describeReason(change.settled.reason)}`;
  const notes = [change.bulkFlip ? "part of a bulk opt-in job" : null, settled].filter((note) => note !== null);
  return `${source} ${result} at ${change.at} by ${change.actor}${notes.length > 0 ? ` [${notes.join(", ")}]` : ""}`;
}

function renderStep(ir: PolicyIR, explanation: ConflictExplanation, step: RulePartStep): string[] {
  const name = step.part === "settleOpenChanges" ? "changes no part settled (judged as owner wins)" : step.part;
  const actions: string[] = [];

  for (const verdict of step.verdicts) {
    const change = explanation.changes[verdict.index];
    const subject =
      change === undefined
        ? `change ${verdict.index + 1}`
        : `change ${verdict.index + 1} (${labelSystem(ir, change.system)} ${JSON.stringify(change.canonical ?? change.native)})`;
    actions.push(`${verdict.disposition} ${subject}: ${verdict.reason}, ${describeReason(verdict.reason)}`);
  }
  for (const index of step.permitted) {
    actions.push(`allowed change ${index + 1} to go on to later parts`);
  }
  if (step.adoption !== null) {
    actions.push(
      `adopted ${JSON.stringify(step.adoption.value)} from ${step.adoption.source}: ${step.adoption.explanation}`,
    );
  }
  if (step.review !== null) {
    actions.push(`sent the decision to queue ${step.review.queue} (${step.review.trigger}): ${step.review.reason}`);
  }

  if (actions.length === 0) {
    return [`   ${name}: consulted, no effect`];
  }
  return [`   ${name}:`, ...actions.map((action) => `     - ${action}`)];
}

function describeReason(reason: string): string {
  const description: string | undefined = REASON_CODES[reason as ReasonCode];
  return (description ?? reason).replace(/\.$/, "").replace(/^./, (first) => first.toLowerCase());
}

function labelSystem(ir: PolicyIR, system: string): string {
  return ir.systems[system]?.label ?? system;
}
