// The base snapshot: for each record, its id in each system and the last value of each field that
// the systems agreed on. Change events carry each platform's own record id (a Salesforce Lead Id,
// a HubSpot contact id), so the snapshot is what ties them to one record of the policy.
//
// {
//   "records": {
//     "00Q5f000005bwLFEAY": {
//       "object": "lead",
//       "ids": { "crm": "00Q5f000005bwLFEAY", "map": "1246965" },
//       "fields": { "leadStatus": { "value": "Working", "at": "2026-11-30T12:00:00Z" } }
//     }
//   }
// }
//
// The key of each record is the record id that conflicts and decisions carry. `ids` is keyed by
// the policy's system names. Field values are canonical values, as in a conflict's `base`.

import { toJsonPointer, type PolicyIR, type TimeInput } from "@fieldpolicy/core";
import { parseInstant } from "../normalize/normalize-time";
import { toSalesforceId18 } from "../normalize/salesforce-id";
import { describeJsonValue, isPlainObject } from "./event-types";

/** The last agreed value of one field and when the systems agreed on it. */
export interface BaseFieldValue {
  /** Canonical value. */
  value: unknown;
  /** Time of the last sync; null when unknown, so no change counts as older than the base. */
  at: TimeInput | null;
}

/** One record of the snapshot. */
export interface BaseRecord {
  /** Key of the policy object the record belongs to. */
  object: string;
  /** The record's id in each system, keyed by the policy's system names. */
  ids: Record<string, string>;
  /** Last agreed value per policy field key. A field left out has no base value. */
  fields: Record<string, BaseFieldValue>;
}

/** The base snapshot file, keyed by the record id that conflicts carry. */
export interface BaseSnapshot {
  records: Record<string, BaseRecord>;
}

/** The snapshot, or every problem found in it. */
export type BaseSnapshotCheck = { ok: true; snapshot: BaseSnapshot } | { ok: false; problems: string[] };

/**
 * Checks a parsed base snapshot against the policy: every record names a policy object, ids only
 * for systems that bind that object, and fields of that object with a readable time. No system id
 * may belong to two records. Returns every problem, each with its JSON Pointer.
 */
export function checkBaseSnapshot(ir: PolicyIR, input: unknown): BaseSnapshotCheck {
  if (!isPlainObject(input) || !isPlainObject(input["records"])) {
    return { ok: false, problems: ['/: the base snapshot must be a JSON object with a "records" object.'] };
  }

  const problems: string[] = [];
  const owners = new Map<string, string>();

  for (const [recordKey, record] of Object.entries(input["records"])) {
    const pointer = `/records${toJsonPointer([recordKey])}`;
    const recordProblems = checkRecord(ir, record, pointer);
    problems.push(...recordProblems);

    // A record without problems has an ids object of strings.
    if (recordProblems.length === 0 && isPlainObject(record)) {
      problems.push(...claimIds(ir, recordKey, record["ids"] as Record<string, string>, owners, pointer));
    }
  }

  if (problems.length > 0) {
    return { ok: false, problems };
  }
  // The checks above establish every key the types require.
  return { ok: true, snapshot: input as unknown as BaseSnapshot };
}

/**
 * Returns the key under which a system's record id is looked up. Salesforce Ids are compared in
 * their 18-character form, because a 15-character Id names the same record; other ids compare
 * exactly.
 */
export function toIdKey(ir: PolicyIR, system: string, id: string): string {
  if (ir.systems[system]?.kind === "salesforce") {
    return toSalesforceId18(id) ?? id;
  }
  return id;
}

function checkRecord(ir: PolicyIR, record: unknown, pointer: string): string[] {
  if (!isPlainObject(record)) {
    return [
      `${pointer}: a record must be an object with object, ids and fields, but got ${describeJsonValue(record)}.`,
    ];
  }

  const object = record["object"];
  if (typeof object !== "string" || ir.objects[object] === undefined) {
    return [
      `${pointer}/object: ${describeJsonValue(object)} is not an object of the policy "${ir.name}"; use one of ${Object.keys(ir.objects).join(", ")}.`,
    ];
  }

  return [
    ...checkIds(ir, object, record["ids"], `${pointer}/ids`),
    ...checkFields(ir, object, record["fields"], `${pointer}/fields`),
  ];
}

function checkIds(ir: PolicyIR, object: string, ids: unknown, pointer: string): string[] {
  if (!isPlainObject(ids) || Object.keys(ids).length === 0) {
    return [
      `${pointer}: ids must be an object with the record's id in at least one system, such as { "crm": "00Q…" }.`,
    ];
  }

  const problems: string[] = [];
  const bindings = ir.objects[object]?.bindings ?? {};
  for (const [system, id] of Object.entries(ids)) {
    if (bindings[system] === undefined) {
      problems.push(
        `${pointer}${toJsonPointer([system])}: the policy binds the object "${object}" in ${Object.keys(bindings).join(", ")}, not in "${system}".`,
      );
    } else if (typeof id !== "string" || id === "") {
      problems.push(
        `${pointer}${toJsonPointer([system])}: the id must be a non-empty string, but got ${describeJsonValue(id)}.`,
      );
    }
  }
  return problems;
}

function checkFields(ir: PolicyIR, object: string, fields: unknown, pointer: string): string[] {
  if (!isPlainObject(fields)) {
    return [`${pointer}: fields must be an object keyed by the policy's field keys.`];
  }

  const problems: string[] = [];
  for (const [fieldKey, entry] of Object.entries(fields)) {
    const fieldPointer = `${pointer}${toJsonPointer([fieldKey])}`;
    const field = ir.fields[fieldKey];
    if (field === undefined || field.object !== object) {
      problems.push(`${fieldPointer}: the object "${object}" has no field "${fieldKey}" in the policy "${ir.name}".`);
      continue;
    }
    if (!isPlainObject(entry) || !Object.hasOwn(entry, "value") || !Object.hasOwn(entry, "at")) {
      problems.push(
        `${fieldPointer}: a base value must be an object with "value" and "at" (null when the time is unknown).`,
      );
      continue;
    }
    const at = entry["at"];
    if (at !== null && ((typeof at !== "string" && typeof at !== "number") || Number.isNaN(parseInstant(at)))) {
      problems.push(
        `${fieldPointer}/at: ${describeJsonValue(at)} is not a time; write ISO 8601 such as "2026-11-30T12:00:00Z", or null.`,
      );
    }
  }
  return problems;
}

/** Records each system id of a record, and reports an id that another record already has. */
function claimIds(
  ir: PolicyIR,
  recordKey: string,
  ids: Record<string, string>,
  owners: Map<string, string>,
  pointer: string,
): string[] {
  const problems: string[] = [];
  for (const [system, id] of Object.entries(ids)) {
    const key = JSON.stringify([system, toIdKey(ir, system, id)]);
    const owner = owners.get(key);
    if (owner !== undefined) {
      problems.push(
        `${pointer}/ids${toJsonPointer([system])}: the ${system} id ${id} also belongs to the record "${owner}"; each id may name one record.`,
      );
      continue;
    }
    owners.set(key, recordKey);
  }
  return problems;
}
