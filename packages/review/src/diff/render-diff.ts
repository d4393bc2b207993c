// Renders a policy diff for a terminal, for a pull-request comment (Markdown) and for tools (JSON).

import { renderCanonicalJson } from "@fieldpolicy/core";
import { SEVERITY_ORDER, type ChangeSeverity, type PolicyChange } from "./policy-change";

/** Output formats of `fieldpolicy diff`. */
export type DiffFormat = "text" | "markdown" | "json";

/** Renders the changes in the requested format. */
export function renderDiff(changes: readonly PolicyChange[], format: DiffFormat): string {
  switch (format) {
    case "text":
      return renderDiffText(changes);
    case "markdown":
      return renderDiffMarkdown(changes);
    case "json":
      return renderCanonicalJson({ summary: countBySeverity(changes), changes });
  }
}

/** Counts changes per severity, every severity present even at zero. */
export function countBySeverity(changes: readonly PolicyChange[]): Record<ChangeSeverity, number> {
  const counts: Record<ChangeSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const change of changes) {
    counts[change.severity] += 1;
  }
  return counts;
}

function renderSummary(changes: readonly PolicyChange[]): string {
  if (changes.length === 0) {
    return "No semantic changes.";
  }
  const counts = countBySeverity(changes);
  // "info" is a mass noun, so only errors and warnings take a plural s.
  const parts = SEVERITY_ORDER.map((severity) => {
    const plural = severity !== "info" && counts[severity] !== 1 ? "s" : "";
    return `${counts[severity]} ${severity}${plural}`;
  });
  return `${changes.length} semantic change${changes.length === 1 ? "" : "s"}: ${parts.join(", ")}.`;
}

function renderDiffText(changes: readonly PolicyChange[]): string {
  const lines = changes.map((change) => {
    const place = change.field === null ? change.policy : `${change.policy} ${change.object}.${change.field}`;
    return `${change.severity.padEnd(7)} ${place}  ${change.message}  [${change.kind}]`;
  });
  return [...lines, renderSummary(changes)].join("\n") + "\n";
}

const SEVERITY_BADGES: Record<ChangeSeverity, string> = { error: "🔴 error", warning: "🟡 warning", info: "🔵 info" };

function renderDiffMarkdown(changes: readonly PolicyChange[]): string {
  const lines = [`**fieldpolicy diff:** ${renderSummary(changes)}`];
  if (changes.length > 0) {
    lines.push("", "| Severity | Policy | Object | Field | Change | Kind |", "| --- | --- | --- | --- | --- | --- |");
    for (const change of changes) {
      const cells = [
        SEVERITY_BADGES[change.severity],
        change.policy,
        change.object ?? "",
        change.field ?? "",
        change.message,
        `\`${change.kind}\``,
      ];
      lines.push(`| ${cells.map(escapeTableCell).join(" | ")} |`);
    }
  }
  return lines.join("\n") + "\n";
}

/** Escapes text for a GitHub table cell, so policy text cannot break the table or inject HTML. */
export function escapeTableCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}
