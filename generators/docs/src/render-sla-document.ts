// The SLA document as one Markdown string, section by section. Each section has its own render
// function; this file only sets their order.

import type { PolicyIR } from "@fieldpolicy/core";
import { renderConflictFlow } from "./render-conflict-flow";
import { renderEnforcementPlan } from "./render-enforcement-plan";
import { renderRules } from "./render-field-rules";
import { renderOwnershipMatrix } from "./render-ownership-matrix";
import { renderPlaybook } from "./render-playbook";
import { renderServiceLevels } from "./render-service-levels";
import { renderSummary } from "./render-summary";
import { renderTiers } from "./render-tiers";
import { renderWaivers } from "./render-waivers";

/**
 * Renders the SLA document of a policy as Markdown, before formatting. Reads the IR and never
 * changes it; the same IR always gives the same text.
 */
export function renderSlaDocument(ir: PolicyIR): string {
  const sections = [
    renderSummary(ir),
    renderOwnershipMatrix(ir),
    renderRules(ir),
    renderTiers(ir),
    renderServiceLevels(ir),
    renderEnforcementPlan(ir),
    renderWaivers(ir),
    renderConflictFlow(ir),
    renderPlaybook(ir),
  ];
  return sections.join("\n\n") + "\n";
}
