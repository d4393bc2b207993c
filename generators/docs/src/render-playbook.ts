// The scenario playbook: the common conflicts, each worked through on a field of the policy with
// the outcome computed by the runtime, so the document cannot drift from the resolver's behaviour.

import type { PolicyIR } from "@fieldpolicy/core";
import { buildPlaybookScenarios, PLAYBOOK_NOW } from "./build-playbook-scenarios";
import { renderParagraph } from "./render-blocks";
import { renderText } from "./escape-markdown";
import { renderMergeExample } from "./render-merge-example";
import { renderWorkedExample } from "./render-worked-example";

/** Renders the playbook section, one subsection per scenario, skipped ones in one line each. */
export function renderPlaybook(ir: PolicyIR): string {
  const examples = buildPlaybookScenarios(ir).map((scenario, index) => {
    const heading = `### ${index + 1}. ${renderText(scenario.title)}`;
    if ("skipped" in scenario) {
      return [heading, renderParagraph(renderText(scenario.skipped))].join("\n\n");
    }
    if (scenario.kind === "duplicateMerge") {
      return renderMergeExample(ir, scenario, heading);
    }
    return renderWorkedExample(ir, scenario, heading);
  });

  return [
    "## Scenario playbook",
    renderParagraph(
      `Each example below is a conflict on one of this policy's fields. The outcome is not written by hand: the runtime resolver computed it from the policy when this page was generated, with the clock set to ${PLAYBOOK_NOW}. Times are in UTC. \`fieldpolicy resolve\` gives the same decision on the same input.`,
    ),
    ...examples,
  ].join("\n\n");
}
