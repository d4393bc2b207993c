// The top of the document: title, what the policy is for, the "generated, do not edit" note, and
// the systems, objects and queues it governs, with the policy file and its content hash.

import type { PolicyIR } from "@fieldpolicy/core";
import { renderGeneratedBanner } from "@fieldpolicy/core";
import { renderCode, renderText } from "./escape-markdown";
import { renderQueue, renderResponseTime, renderSystem } from "./render-policy-terms";
import { renderTable } from "./render-table";
import { renderList, renderNote, renderParagraph } from "./render-blocks";

/**
 * Renders core's generated-file banner as an HTML comment. `--` cannot occur inside a comment, so
 * a policy path containing it is split; the hash and the wording are unchanged.
 */
export function renderBannerComment(ir: PolicyIR): string {
  return `<!--\n${renderGeneratedBanner(ir).replace(/--/g, "- -")}\n-->`;
}

function renderSystemsTable(ir: PolicyIR): string {
  const rows = Object.keys(ir.systems)
    .sort()
    .map((key) => {
      const system = ir.systems[key]!;
      const writesAs = system.integrationUser === null ? "" : renderText(system.integrationUser);
      return [renderText(system.label), renderCode(key), renderText(system.kind), writesAs];
    });
  return renderTable(["System", "Key", "Platform", "Writes to Salesforce as"], rows);
}

function renderObjectsTable(ir: PolicyIR): string {
  const systems = Object.keys(ir.systems).sort();
  const rows = Object.keys(ir.objects)
    .sort()
    .map((key) => {
      const object = ir.objects[key]!;
      const bindings = systems.map((system) => {
        const name = object.bindings[system];
        return name === undefined ? "not synced" : renderCode(name);
      });
      return [renderText(object.label), ...bindings];
    });
  return renderTable(["Object", ...systems.map((system) => renderSystem(ir, system))], rows);
}

function renderQueueList(ir: PolicyIR): string {
  const queues = Object.keys(ir.queues).sort();
  if (queues.length === 0) {
    return "The policy declares no review queue, so no decision waits for a person.";
  }
  return renderList(
    queues.map((key) => {
      const queue = ir.queues[key]!;
      return `${renderQueue(ir, key)}: owned by ${renderText(queue.owner)}, answers within ${renderResponseTime(queue)}.`;
    }),
  );
}

/** Renders the title, the note, the policy's identity and the systems, objects and queues it governs. */
export function renderSummary(ir: PolicyIR): string {
  const description = ir.description.trim() === "" ? [] : [renderParagraph(renderText(ir.description))];
  const identity = renderTable(
    ["Policy", "Value"],
    [
      ["Name", renderCode(ir.name)],
      ["Policy file", renderCode(ir.source.file)],
      ["Content hash (SHA-256 of the policy files)", renderCode(ir.source.sha256)],
      ["Fields", String(Object.keys(ir.fields).length)],
    ],
  );

  return [
    renderBannerComment(ir),
    `# ${renderText(ir.label)}`,
    ...description,
    renderNote(
      `**Generated, do not edit.** fieldpolicy writes this page from ${renderCode(ir.source.file)}. To change it, change the policy in a pull request and rebuild.`,
    ),
    "## Summary",
    identity,
    "### Systems",
    renderSystemsTable(ir),
    "### Objects",
    renderObjectsTable(ir),
    "### Review queues",
    renderQueueList(ir),
  ].join("\n\n");
}
