import { buildDiagnostic, type DiagnosticInput } from "@fieldpolicy/core";
import type { SemanticCheck } from "./semantic-check";
import { buildFieldPath, formatNames, listBoundSystems } from "./select-field-systems";

/**
 * FP3306: a last-write-wins tie break ranks every system that can write the field. Otherwise a
 * tie between unranked systems would be settled by arrival order, and a decision must never
 * depend on arrival order.
 */
export const tieBreakCoversWritersCheck: SemanticCheck = {
  code: "FP3306",
  name: "tie-break-covers-writers",
  description: "`lastWriteWins.tieBreak` ranks every bound system that may write the field.",
  needsCatalog: false,
  run({ ir }) {
    const problems: DiagnosticInput[] = [];

    for (const [fieldKey, field] of Object.entries(ir.fields)) {
      const lastWriteWins = field.rule.lastWriteWins;
      if (lastWriteWins === undefined) {
        continue;
      }
      const readOnly: readonly string[] = field.rule.readOnlyFor ?? [];
      const writers = listBoundSystems(field).filter((system) => !readOnly.includes(system));
      const unranked = writers.filter((system) => !lastWriteWins.tieBreak.includes(system));
      if (unranked.length === 0) {
        continue;
      }
      problems.push(
        buildDiagnostic({
          code: "FP3306",
          message: `The \`lastWriteWins.tieBreak\` of \`${fieldKey}\` leaves out ${formatNames(unranked)}, so a tie with them would depend on arrival order.`,
          path: buildFieldPath(fieldKey, "rule", "lastWriteWins", "tieBreak"),
          hint: `List every system that writes the field (${formatNames(writers)}) in \`tieBreak\`, first wins.`,
        }),
      );
    }
    return problems;
  },
};
