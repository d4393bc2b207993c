// Field changes to values and orders: picklists, value maps, tie-break orders and maximum ages.

import type { ValueMap } from "@fieldpolicy/core";
import { buildFieldChange, labelSystem, renderValueList, type FieldPair } from "./diff-context";
import type { PolicyChange } from "./policy-change";

/** Reports changes to canonical values, value maps, tie-break orders and maximum ages. */
export function diffFieldValues(pair: FieldPair): PolicyChange[] {
  return [...diffCanonicalValues(pair), ...diffValueMaps(pair), ...diffTieBreaks(pair), ...diffMaxAge(pair)];
}

function readCanonicalValues(pair: FieldPair, side: "before" | "after"): string[] {
  const type = pair[side].type;
  return type.kind === "picklist" || type.kind === "multiPicklist" ? type.values : [];
}

function readValueMaps(pair: FieldPair, side: "before" | "after"): Record<string, ValueMap> {
  const type = pair[side].type;
  return type.kind === "picklist" || type.kind === "multiPicklist" ? type.valueMaps : {};
}

function diffCanonicalValues(pair: FieldPair): PolicyChange[] {
  const before = readCanonicalValues(pair, "before");
  const after = readCanonicalValues(pair, "after");
  const added = after.filter((value) => !before.includes(value));
  const removed = before.filter((value) => !after.includes(value));
  const changes: PolicyChange[] = [];

  if (added.length > 0) {
    const message = `${pair.after.label}: picklist values ${renderValueList(added)} added.`;
    changes.push(buildFieldChange(pair, "warning", "picklist-values-added", message, "/type/values", before, after));
  }
  if (removed.length > 0) {
    const message = `${pair.after.label}: picklist values ${renderValueList(removed)} removed.`;
    changes.push(buildFieldChange(pair, "warning", "picklist-values-removed", message, "/type/values", before, after));
  }
  return changes;
}

function diffValueMaps(pair: FieldPair): PolicyChange[] {
  const mapsBefore = readValueMaps(pair, "before");
  const mapsAfter = readValueMaps(pair, "after");
  const systems = [...new Set([...Object.keys(mapsBefore), ...Object.keys(mapsAfter)])].sort();
  const changes: PolicyChange[] = [];

  for (const system of systems) {
    const entriesBefore = listEntries(mapsBefore[system]);
    const entriesAfter = listEntries(mapsAfter[system]);
    const added = entriesAfter.filter((entry) => !entriesBefore.includes(entry));
    const removed = entriesBefore.filter((entry) => !entriesAfter.includes(entry));
    if (added.length === 0 && removed.length === 0) {
      continue;
    }

    const parts = [
      added.length > 0 ? `adds ${added.join(", ")}` : null,
      removed.length > 0 ? `removes ${removed.join(", ")}` : null,
    ].filter((part) => part !== null);
    const message = `${pair.after.label}: the ${labelSystem(pair.policy, system)} value map ${parts.join(" and ")}.`;
    changes.push(
      buildFieldChange(
        pair,
        "warning",
        "value-map-changed",
        message,
        `/type/valueMaps/${system}`,
        mapsBefore[system] ?? null,
        mapsAfter[system] ?? null,
      ),
    );
  }
  return changes;
}

/** Lists a value map's entries as readable strings, so two maps compare entry by entry. */
function listEntries(map: ValueMap | undefined): string[] {
  if (map === undefined) {
    return [];
  }
  return [
    ...Object.entries(map.values).map(([native, canonical]) => `"${native}" ↔ "${canonical}"`),
    ...Object.entries(map.inboundOnly).map(([native, canonical]) => `"${native}" → "${canonical}" (inbound only)`),
    ...map.addToPicklist.map((native) => `"${native}" (added to the picklist)`),
  ];
}

function diffTieBreaks(pair: FieldPair): PolicyChange[] {
  const orders = [
    ["/rule/lastWriteWins/tieBreak", pair.before.rule.lastWriteWins?.tieBreak, pair.after.rule.lastWriteWins?.tieBreak],
    ["/rule/sourcePriority/order", pair.before.rule.sourcePriority?.order, pair.after.rule.sourcePriority?.order],
  ] as const;
  const changes: PolicyChange[] = [];

  for (const [path, before, after] of orders) {
    if (before === undefined || after === undefined || before.join() === after.join()) {
      continue;
    }
    const render = (order: readonly string[]) => order.map((system) => labelSystem(pair.policy, system)).join(" > ");
    const message = `${pair.after.label}: tie-break order changes from ${render(before)} to ${render(after)}.`;
    changes.push(buildFieldChange(pair, "warning", "tie-break-changed", message, path, before, after));
  }
  return changes;
}

function diffMaxAge(pair: FieldPair): PolicyChange[] {
  const before = pair.before.rule.fillBlankOrStale?.maxAge;
  const after = pair.after.rule.fillBlankOrStale?.maxAge;
  if (before === undefined || after === undefined || JSON.stringify(before) === JSON.stringify(after)) {
    return [];
  }
  const message = `${pair.after.label}: maximum age before a value counts as stale changes from ${before.days} to ${after.days} days (by ${after.changeTime} change time).`;
  return [
    buildFieldChange(pair, "warning", "max-age-changed", message, "/rule/fillBlankOrStale/maxAge", before, after),
  ];
}
