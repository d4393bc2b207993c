// Maps platform changes to policy fields and groups them into conflicts, one per record and
// field, against the base snapshot. Every change ends in a conflict or in the skipped list.

import type { ChangeInput, ConflictInput, PolicyIR } from "@fieldpolicy/core";
import { formatInstant } from "../normalize/normalize-time";
import { toIdKey, type BaseSnapshot } from "./base-snapshot";
import type { EventSource, PlatformChange, SkipReason, SkippedEvent } from "./event-types";

/** Input of `buildEventConflicts`. */
export interface BuildEventConflictsOptions {
  ir: PolicyIR;
  base: BaseSnapshot;
  changes: readonly PlatformChange[];
  /**
   * The policy system that stands for each platform. By default it is the one system of that
   * kind (`hubspot`, `salesforce`); with none or several, that platform's changes are skipped.
   */
  systems?: Partial<Record<EventSource, string>>;
}

/** The conflicts built from the changes, and the changes kept out of them. */
export interface EventConflicts {
  /** Sorted by record and field; changes in each sorted by time, system and event id. */
  conflicts: ConflictInput[];
  skipped: SkippedEvent[];
}

/** Reasons that concern a whole event for one record, so they are reported once, not per field. */
const RECORD_LEVEL_REASONS: ReadonlySet<SkipReason> = new Set(["noSystem", "unknownObject", "noBase"]);

/**
 * Groups changes into conflicts by record and field. A change is looked up by its platform's
 * policy system, its record id in that system (through the base snapshot's `ids`) and the field
 * that binds its property on the record's object. A group contains changes from one system or
 * several: the resolver decides single writes too, such as a MAP write to a CRM-owned field.
 */
export function buildEventConflicts(options: BuildEventConflictsOptions): EventConflicts {
  const { ir, base } = options;
  const systems = pickSystems(ir, options.systems ?? {});
  const recordIndex = indexRecords(ir, base);
  const groups = new Map<
    string,
    { record: string; field: string; changes: { change: PlatformChange; input: ChangeInput }[] }
  >();
  const skipped: SkippedEvent[] = [];
  const reported = new Set<string>();

  const report = (change: PlatformChange, reason: SkipReason, message: string): void => {
    const recordLevel = RECORD_LEVEL_REASONS.has(reason);
    const key = JSON.stringify([reason, change.eventId, change.recordId, recordLevel ? null : change.property]);
    if (reported.has(key)) {
      return;
    }
    reported.add(key);
    skipped.push({
      source: change.source,
      eventId: change.eventId,
      recordId: change.recordId,
      property: recordLevel ? null : change.property,
      reason,
      message,
    });
  };

  for (const change of options.changes) {
    const system = systems[change.source];
    if (typeof system !== "string") {
      report(change, "noSystem", system.message);
      continue;
    }

    const objects = findBoundObjects(ir, system, change);
    if (objects.length === 0) {
      report(
        change,
        "unknownObject",
        `${describeEvent(change)} concerns the ${change.object} ${change.recordId}, but no object of the policy "${ir.name}" is bound to ${change.object} in ${system}.`,
      );
      continue;
    }

    const recordKey = recordIndex.get(JSON.stringify([system, toIdKey(ir, system, change.recordId)]));
    const record = recordKey === undefined ? undefined : base.records[recordKey];
    if (recordKey === undefined || record === undefined) {
      report(change, "noBase", describeMissingBase(change, system));
      continue;
    }
    if (!objects.includes(record.object)) {
      report(
        change,
        "noBase",
        `${describeEvent(change)} concerns the ${change.object} ${change.recordId}, but the base record "${recordKey}" with that id is a ${record.object}; fix the record's object or ids in the base snapshot.`,
      );
      continue;
    }

    const fieldKey = findFieldKey(ir, record.object, system, change.property);
    if (fieldKey === null) {
      report(
        change,
        "unknownProperty",
        `${describeEvent(change)} changes ${change.object}.${change.property}, which no field of the policy "${ir.name}" binds in ${system}; bind it in a field to govern it.`,
      );
      continue;
    }

    // A change older than the base is kept: the resolver rejects it as `olderThanBase`, except an
    // opt-out, which wins whatever its time. Both inputs of `resolve` then decide alike.
    const groupKey = JSON.stringify([recordKey, fieldKey]);
    const group = groups.get(groupKey) ?? { record: recordKey, field: fieldKey, changes: [] };
    group.changes.push({ change, input: toChangeInput(system, change) });
    groups.set(groupKey, group);
  }

  const conflicts = [...groups.values()]
    .sort((left, right) => compareText(left.record, right.record) || compareText(left.field, right.field))
    .map((group) => ({
      record: group.record,
      field: group.field,
      base: base.records[group.record]?.fields[group.field] ?? null,
      changes: group.changes.sort(compareChanges).map((entry) => entry.input),
    }));

  return { conflicts, skipped };
}

/** Picks the policy system of each platform, or the reason there is none. */
function pickSystems(
  ir: PolicyIR,
  explicit: Partial<Record<EventSource, string>>,
): Record<EventSource, string | { message: string }> {
  const pick = (source: EventSource): string | { message: string } => {
    const chosen = explicit[source];
    if (chosen !== undefined) {
      return ir.systems[chosen] === undefined
        ? { message: `The system "${chosen}" chosen for ${source} events is not declared in the policy "${ir.name}".` }
        : chosen;
    }

    const candidates = Object.entries(ir.systems)
      .filter(([, system]) => system.kind === source)
      .map(([name]) => name);
    if (candidates.length === 1 && candidates[0] !== undefined) {
      return candidates[0];
    }
    return {
      message:
        candidates.length === 0
          ? `The policy "${ir.name}" declares no ${source} system, so its ${source} events have nowhere to go.`
          : `The policy "${ir.name}" declares several ${source} systems (${candidates.join(", ")}); name the one these events come from.`,
    };
  };
  return { hubspot: pick("hubspot"), salesforce: pick("salesforce") };
}

/** Indexes the snapshot's records by system and record id. */
function indexRecords(ir: PolicyIR, base: BaseSnapshot): Map<string, string> {
  const index = new Map<string, string>();
  for (const [recordKey, record] of Object.entries(base.records)) {
    for (const [system, id] of Object.entries(record.ids)) {
      index.set(JSON.stringify([system, toIdKey(ir, system, id)]), recordKey);
    }
  }
  return index;
}

/** Returns the keys of the policy objects bound to the event's platform object in the system. */
function findBoundObjects(ir: PolicyIR, system: string, change: PlatformChange): string[] {
  const expected = normalizeObjectName(change.source, change.object);
  return Object.entries(ir.objects)
    .filter(([, object]) => {
      const bound = object.bindings[system];
      return bound !== undefined && normalizeObjectName(change.source, bound) === expected;
    })
    .map(([key]) => key);
}

/** Salesforce names compare exactly. HubSpot uses `contacts` in URLs and `contact` in events. */
function normalizeObjectName(source: EventSource, name: string): string {
  return source === "hubspot" ? name.toLowerCase().replace(/s$/, "") : name;
}

/** Returns the key of the field that binds the property on the object in the system, or null. */
function findFieldKey(ir: PolicyIR, object: string, system: string, property: string): string | null {
  // Salesforce API names are case-insensitive; HubSpot property names are exact.
  const caseInsensitive = ir.systems[system]?.kind === "salesforce";
  const expected = caseInsensitive ? property.toLowerCase() : property;

  for (const [fieldKey, field] of Object.entries(ir.fields)) {
    const bound = field.bindings[system]?.property;
    if (field.object !== object || bound === undefined) {
      continue;
    }
    if ((caseInsensitive ? bound.toLowerCase() : bound) === expected) {
      return fieldKey;
    }
  }
  return null;
}

function toChangeInput(system: string, change: PlatformChange): ChangeInput {
  const context: Record<string, unknown> = { eventId: change.eventId };
  if (change.origin !== null) {
    context["origin"] = change.origin;
  }
  return { system, value: change.value, at: formatInstant(change.at), actor: change.actor, context };
}

function compareChanges(
  left: { change: PlatformChange; input: ChangeInput },
  right: { change: PlatformChange; input: ChangeInput },
): number {
  return (
    left.change.at - right.change.at ||
    compareText(left.input.system, right.input.system) ||
    compareText(left.change.eventId, right.change.eventId)
  );
}

// Code-unit order rather than localeCompare, so the output does not depend on the machine's locale.
function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

function describeEvent(change: PlatformChange): string {
  return `${change.source === "hubspot" ? "HubSpot" : "Salesforce"} event ${change.eventId}`;
}

function describeMissingBase(change: PlatformChange, system: string): string {
  return `${describeEvent(change)} concerns the ${change.object} ${change.recordId}, which no record of the base snapshot lists under ids.${system}; add the record to the base snapshot to resolve its changes.`;
}
