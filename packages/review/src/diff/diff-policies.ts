// The semantic diff of two versions of one policy: a recipe that compares fields, queues,
// systems and policy-wide settings, then reports every remaining difference so nothing that
// changed goes unmentioned.

import type { PolicyIR } from "@fieldpolicy/core";
import type { FieldPair } from "./diff-context";
import { diffFieldOwnership } from "./diff-field-ownership";
import { diffFieldValues } from "./diff-field-values";
import { listDifferences } from "./list-differences";
import { SEVERITY_ORDER, type PolicyChange } from "./policy-change";

/** Lists the semantic changes from `before` to `after`, most severe first, then by object and field. */
export function diffPolicies(before: PolicyIR, after: PolicyIR): PolicyChange[] {
  const changes = [...diffFields(before, after), ...diffQueues(before, after), ...diffPolicyWide(before, after)];
  return sortChanges(changes);
}

function diffFields(before: PolicyIR, after: PolicyIR): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const keys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])].sort();

  for (const key of keys) {
    const fieldBefore = before.fields[key];
    const fieldAfter = after.fields[key];

    if (fieldAfter === undefined && fieldBefore !== undefined) {
      changes.push({
        severity: "error",
        kind: "field-removed",
        policy: after.name,
        object: fieldBefore.object,
        field: key,
        message: `${fieldBefore.label}: field removed, so its conflicts are no longer governed.`,
        path: `/fields/${key}`,
        before: fieldBefore,
        after: null,
      });
    } else if (fieldBefore === undefined && fieldAfter !== undefined) {
      // The new field passed every check of the compiler, so its rule is complete.
      changes.push({
        severity: "info",
        kind: "field-added",
        policy: after.name,
        object: fieldAfter.object,
        field: key,
        message: `${fieldAfter.label}: new tier ${fieldAfter.tier} field owned by ${after.systems[fieldAfter.systemOfRecord]?.label ?? fieldAfter.systemOfRecord}.`,
        path: `/fields/${key}`,
        before: null,
        after: fieldAfter,
      });
    } else if (fieldBefore !== undefined && fieldAfter !== undefined) {
      changes.push(...diffField({ policy: after, key, before: fieldBefore, after: fieldAfter }));
    }
  }
  return changes;
}

function diffField(pair: FieldPair): PolicyChange[] {
  const specific = [...diffFieldOwnership(pair), ...diffFieldValues(pair)];

  // Write-access changes cover the whole rule, so they must not hide other rule differences.
  const covered = specific
    .filter((change) => !change.kind.startsWith("write-access"))
    .map((change) => change.path.slice(`/fields/${pair.key}`.length));
  const remaining = listDifferences(pair.before, pair.after).filter(
    (difference) => !covered.some((path) => difference.path === path || difference.path.startsWith(`${path}/`)),
  );

  const generic = remaining.map((difference): PolicyChange => {
    const isWording = difference.path === "/label" || difference.path === "/description";
    return {
      severity: isWording ? "info" : "warning",
      kind: isWording ? "wording-changed" : "changed",
      policy: pair.policy.name,
      object: pair.after.object,
      field: pair.key,
      message: `${pair.after.label}: ${difference.path.slice(1)} changes from ${renderValue(difference.before)} to ${renderValue(difference.after)}.`,
      path: `/fields/${pair.key}${difference.path}`,
      before: difference.before ?? null,
      after: difference.after ?? null,
    };
  });
  return [...specific, ...generic];
}

function diffQueues(before: PolicyIR, after: PolicyIR): PolicyChange[] {
  return listDifferences(before.queues, after.queues, ["queues"]).map((difference) => {
    const [, queue = "", property = ""] = difference.path.split("/").slice(1);
    const isService = property === "owner" || property === "responseTime" || property === "";
    return {
      severity: isService || property === "calendar" ? "warning" : "info",
      kind:
        property === ""
          ? difference.after === undefined
            ? "queue-removed"
            : "queue-added"
          : `queue-${property}-changed`,
      policy: after.name,
      object: null,
      field: null,
      message: `Queue ${queue}: ${property || "queue"} changes from ${renderValue(difference.before)} to ${renderValue(difference.after)}.`,
      path: difference.path,
      before: difference.before ?? null,
      after: difference.after ?? null,
    };
  });
}

function diffPolicyWide(before: PolicyIR, after: PolicyIR): PolicyChange[] {
  const { fields: _fieldsBefore, queues: _queuesBefore, source: _sourceBefore, ...restBefore } = before;
  const { fields: _fieldsAfter, queues: _queuesAfter, source: _sourceAfter, ...restAfter } = after;

  return listDifferences(restBefore, restAfter).map((difference) => {
    const isWording = difference.path === "/label" || difference.path === "/description";
    return {
      severity: isWording ? "info" : "warning",
      kind: isWording ? "wording-changed" : "changed",
      policy: after.name,
      object: null,
      field: null,
      message: `Policy ${difference.path.slice(1)} changes from ${renderValue(difference.before)} to ${renderValue(difference.after)}.`,
      path: difference.path,
      before: difference.before ?? null,
      after: difference.after ?? null,
    };
  });
}

function renderValue(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

function sortChanges(changes: PolicyChange[]): PolicyChange[] {
  return [...changes].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      (a.object ?? "").localeCompare(b.object ?? "") ||
      (a.field ?? "").localeCompare(b.field ?? "") ||
      a.path.localeCompare(b.path) ||
      a.kind.localeCompare(b.kind),
  );
}
