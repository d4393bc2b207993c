// Renders the Marketo checklist as Markdown: the Block Field Updates settings in the order an
// admin applies them, then the places where Marketo's collision rule contradicts the policy.

import { BLOCK_SOURCES } from "./block-sources";
import type { MarketoChecklist } from "./marketo-checklist";

/** Renders the whole checklist. */
export function renderMarketoChecklist(checklist: MarketoChecklist): string {
  const sections = [
    `<!-- ${checklist.generatedBy} -->`,
    renderIntroduction(checklist),
    renderBeforeYouStart(checklist),
    renderBlocks(checklist),
    renderCollisions(checklist),
    renderSources(checklist),
  ];
  return sections.join("\n\n") + "\n";
}

function renderIntroduction(checklist: MarketoChecklist): string {
  return [
    `# Marketo Salesforce sync: ${checklist.policy.label}`,
    `Apply these settings in Marketo, in this order. \`marketo-checklist.json\` lists the same settings for tools. Policy: \`${checklist.policy.file}\`.`,
  ].join("\n\n");
}

function renderBeforeYouStart(checklist: MarketoChecklist): string {
  const user =
    checklist.integrationUser === null
      ? "Marketo's sync user"
      : `Marketo's sync user (\`${checklist.integrationUser}\`)`;
  return [
    "## 1. Before you start",
    `- [ ] Deploy the generated Salesforce project first. Its validation rules enforce what Block Field Updates cannot, and its permission set must be assigned to ${user}.`,
  ].join("\n\n");
}

function renderBlocks(checklist: MarketoChecklist): string {
  const header = `| Marketo field | Policy fields | ${BLOCK_SOURCES.map((info) => info.label).join(" | ")} | Why |`;
  const divider = `| --- | --- | ${BLOCK_SOURCES.map(() => "---").join(" | ")} | --- |`;
  const rows = checklist.blocks.map((block) => {
    const cells = block.sources.map((entry) => (entry.block ? "block" : "allow"));
    return `| \`${block.marketoField}\` | ${block.policyFields.join(", ")} | ${cells.join(" | ")} | ${escapeCell(block.reason)} |`;
  });

  return [
    "## 2. Block field updates",
    "Go to **Admin** and click **Field Management**. For each Marketo field below, find and select it, click **Block Field Updates** under **Field Actions**, check the input sources marked `block`, leave those marked `allow` unchecked, and click **Apply**. A blocked source can still write a field that has no value yet: Marketo keeps the value a field was first written.",
    "Adobe's text names the two list-import sources exactly. The other source names describe the channel, so match them to the checkboxes the dialog shows.",
    [header, divider, ...rows].join("\n"),
  ].join("\n\n");
}

function renderCollisions(checklist: MarketoChecklist): string {
  const lines = [
    "## 3. Where Marketo's collision rule contradicts the policy",
    "When a person changes in both systems within one sync cycle, Marketo keeps Marketo's value for a Salesforce Lead and Salesforce's value for a Contact. Block Field Updates does not change that rule, so the layers listed here enforce the policy in those cases.",
  ];
  if (checklist.collisions.length === 0) {
    lines.push("The collision rule agrees with every rule part of the policy.");
    return lines.join("\n\n");
  }

  const winnerLabel = (system: string) => (system === checklist.marketoSystem ? "Marketo" : "Salesforce");
  const rows = checklist.collisions.map(
    (conflict) =>
      `| ${escapeCell(conflict.label)} | ${conflict.salesforceObject} | ${winnerLabel(conflict.collisionWinner)} | \`${conflict.part}\` | ${escapeCell(conflict.policyDecision)} | ${conflict.layers.join(", ")} |`,
  );
  const table = [
    "| Field | Salesforce object | Sync keeps | Rule part | Policy decides | Enforced by |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ];
  lines.push(table.join("\n"));
  return lines.join("\n\n");
}

function renderSources(checklist: MarketoChecklist): string {
  const rows = checklist.documentation.map(
    (source) => `- [${source.title}](${source.url}), read ${source.readOn}: ${source.usedFor}.`,
  );
  return ["## Sources", rows.join("\n")].join("\n\n");
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
