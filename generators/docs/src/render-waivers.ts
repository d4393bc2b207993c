// Every waiver of a compiler check, with the reason its author gave, so reviewers and compliance
// can judge each exemption.

import type { PolicyIR } from "@fieldpolicy/core";
import { renderCode, renderText } from "./escape-markdown";
import { compareText, renderField } from "./render-policy-terms";
import { renderTable } from "./render-table";
import { renderParagraph } from "./render-blocks";

/** Renders the waivers section, fields in key order and waivers by code. */
export function renderWaivers(ir: PolicyIR): string {
  const rows: string[][] = [];
  for (const key of Object.keys(ir.fields).sort()) {
    const field = ir.fields[key]!;
    const waivers = [...field.waive].sort((left, right) => compareText(left.code, right.code));
    for (const waiver of waivers) {
      rows.push([renderField(field), renderCode(waiver.code), renderText(waiver.reason)]);
    }
  }
  const body =
    rows.length === 0
      ? "The policy waives no check."
      : [
          renderParagraph(
            "A waiver lifts one compiler check for one field. Each one carries the reason its author gave.",
          ),
          renderTable(["Field", "Waived check", "Reason"], rows),
        ].join("\n\n");
  return ["## Waivers", body].join("\n\n");
}
