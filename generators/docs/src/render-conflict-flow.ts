// A Mermaid flowchart of a conflict's way from detection to a final value or a review queue. The
// queues are the policy's own, so the diagram names who responds.

import type { PolicyIR } from "@fieldpolicy/core";
import { renderMermaidText } from "./escape-markdown";
import { renderCount } from "./render-policy-terms";
import { renderParagraph } from "./render-blocks";

function renderQueueNodes(ir: PolicyIR): string[] {
  return Object.keys(ir.queues)
    .sort()
    .map((key, index) => {
      const queue = ir.queues[key]!;
      const label = renderMermaidText(
        `${queue.label}, ${queue.owner}, ${renderCount(queue.responseTime.businessDays, "business day")}`,
      );
      return `  review --> queue${index}["${label}"]\n  queue${index} --> decided`;
    });
}

/** Renders the conflict flow section with its Mermaid diagram. */
export function renderConflictFlow(ir: PolicyIR): string {
  const diagram = [
    "```mermaid",
    "flowchart TD",
    '  detect["Two or more systems change a field since the last agreed value"]',
    '  detect --> normalize["Normalize times, blanks, Ids and picklist values"]',
    '  normalize --> echo{"Echo of a write the resolver made?"}',
    '  echo -- yes --> ignore["Not a conflict"]',
    '  echo -- no --> rule["Apply the rule parts in precedence order"]',
    '  rule --> trigger{"Review trigger fired?"}',
    '  trigger -- no --> resolved["Resolved: write the value to every system"]',
    '  trigger -- yes --> review["Review: interim value written, exception queued"]',
    ...renderQueueNodes(ir),
    '  resolved --> audit["Audit entry for every change: applied, rejected or queued"]',
    '  decided["Reviewer decides"] --> audit',
    "```",
  ].join("\n");

  return [
    "## How a conflict flows",
    renderParagraph(
      "The resolver handles one field of one record at a time. Every change it sees ends applied, rejected or queued, and each gets an audit entry.",
    ),
    diagram,
  ].join("\n\n");
}
