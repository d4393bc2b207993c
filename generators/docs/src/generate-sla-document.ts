// The docs generator: IR in, one Markdown file out. It never touches the disk.

import type { GeneratorResult, PolicyIR } from "@fieldpolicy/core";
import { renderSlaDocument } from "./render-sla-document";

/** Path of the SLA document inside the generator's folder. */
export function buildSlaDocumentPath(ir: PolicyIR): string {
  return `${ir.name}-sla.md`;
}

/**
 * Generates the governance SLA document of a policy. The Markdown is already in prettier's
 * format (tables padded, prose wrapped at 120 characters), so the build's formatting step leaves
 * it unchanged.
 */
export function generateSlaDocument(ir: PolicyIR): GeneratorResult {
  return { files: [{ path: buildSlaDocumentPath(ir), contents: renderSlaDocument(ir) }], diagnostics: [] };
}
