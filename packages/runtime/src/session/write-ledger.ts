// The ledger of writes a resolver session issued. When a system reports a change that is one of
// these writes coming back (same record, field, system and value, or `context.echoOf` naming the
// write), the change is an echo and not a conflict. A recognized echo consumes its entry, so a
// person who later sets the same value again makes a real change.

import { canonicalEquals } from "../normalize/canonical-equals";
import { toSalesforceId18 } from "../normalize/salesforce-id";
import type { CanonicalValue, NormalizedChange } from "../types";

/**
 * Entries kept before the oldest are dropped, which bounds memory on long streams. When a write
 * goes beyond it, the least recently written tenth is dropped at once. An echo normally returns
 * within one sync interval. One that comes back after its entry was dropped is resolved as
 * a real change, which converges to the same value.
 */
export const WRITE_LEDGER_CAPACITY = 100_000;

/**
 * Ids of writes that were echoed or superseded, kept so that a later change naming one through
 * `echoOf` is judged by that write's value rather than taken on the adapter's word. Beyond this
 * count the oldest tenth is forgotten at once.
 */
export const RETIRED_WRITE_CAPACITY = 20_000;

/** The way a change was recognized as an echo. */
type EchoSource = "recorded" | "trusted";

/** The echoes among a conflict's changes, by index. */
export interface EchoMatches {
  all: Set<number>;
  /** Echoes of writes this session recorded, as opposed to `echoOf` ids taken on trust. */
  recorded: Set<number>;
}

/** One write the session issued, with the record and field key it is filed under. */
interface LedgerEntry {
  id: string;
  recordField: string;
  system: string;
  value: CanonicalValue;
}

/** The writes a session issued, by record and field, and by write id. */
export class WriteLedger {
  // Writes are filed under their record and field, because one decision writes and checks several
  // systems of the same field, and the key is built once per call rather than per system and value.
  readonly #byRecordField = new Map<string, LedgerEntry[]>();
  readonly #byId = new Map<string, LedgerEntry>();
  readonly #retired = new Map<string, LedgerEntry>();
  #size = 0;

  // The key of the last record and field asked for. A decision checks its changes for echoes and
  // then records its writes, all under one key, so the key is built once per decision.
  #lastKey = { record: "", field: "", recordField: "" };

  /** Records a write the session issued. */
  record(write: { id: string; record: string; field: string; system: string; value: CanonicalValue }): void {
    const recordField = this.#keyOf(write.record, write.field);
    if (this.#size >= WRITE_LEDGER_CAPACITY) {
      this.#dropOldest();
    }
    const filed = this.#byRecordField.get(recordField);

    // A newer write to a system supersedes its older writes of this record and field, so a person
    // who later sets an older written value makes a real change, not an echo. Walked from the end,
    // because retiring an entry removes it from the list.
    if (filed !== undefined) {
      for (let index = filed.length - 1; index >= 0; index -= 1) {
        const entry = filed[index]!;
        if (entry.system === write.system) {
          this.#retire(recordField, entry);
        }
      }
    }

    const entry: LedgerEntry = { id: write.id, recordField, system: write.system, value: write.value };
    this.#size += 1;
    this.#byId.set(write.id, entry);

    // Most records and fields hold one write, and an array literal is allocated at its size
    // where an empty array grows to room for 17 on its first push.
    const entries = this.#byRecordField.get(recordField);
    if (entries === undefined) {
      this.#byRecordField.set(recordField, [entry]);
      return;
    }
    entries.push(entry);

    // Refiling moves the record and field to the newest end, so capacity drops the least recent.
    this.#byRecordField.delete(recordField);
    this.#byRecordField.set(recordField, entries);
  }

  /**
   * Consumes the entries that changes of one record and field echo. Returns the indexes of all
   * echoes, and of those that match a write this session recorded rather than an `echoOf` id
   * taken on the adapter's word. Changes that could not be normalized are never echoes.
   */
  consumeEchoes(record: string, field: string, changes: readonly NormalizedChange[]): EchoMatches {
    const matches: EchoMatches = { all: new Set(), recorded: new Set() };
    const recordField = this.#keyOf(record, field);
    for (let index = 0; index < changes.length; index += 1) {
      const change = changes[index]!;
      const echo =
        change.problem === null
          ? this.#consume(recordField, { system: change.system, value: change.value, echoOf: change.facts.echoOf })
          : null;
      if (echo !== null) {
        matches.all.add(index);
      }
      if (echo === "recorded") {
        matches.recorded.add(index);
      }
    }
    return matches;
  }

  /**
   * Consumes the entry a change echoes and returns true, or returns false when it echoes none.
   * A change that names a known write through `echoOf` is an echo only when its value is the
   * value of that write, so a real change made on top of the write still counts.
   */
  consumeEcho(change: {
    record: string;
    field: string;
    system: string;
    value: CanonicalValue;
    echoOf: string | null;
  }): boolean {
    return this.#consume(this.#keyOf(change.record, change.field), change) !== null;
  }

  #keyOf(record: string, field: string): string {
    const last = this.#lastKey;
    if (last.record !== record || last.field !== field) {
      this.#lastKey = { record, field, recordField: buildRecordFieldKey(record, field) };
    }
    return this.#lastKey.recordField;
  }

  // Returns how a change was recognized as an echo: by a write this session recorded, or by an
  // `echoOf` id taken on the adapter's word. Returns null when it is no echo.
  #consume(
    recordField: string,
    change: { system: string; value: CanonicalValue; echoOf: string | null },
  ): EchoSource | null {
    if (change.echoOf !== null) {
      const named = this.#byId.get(change.echoOf);
      if (named !== undefined) {
        if (named.recordField !== recordField || !matches(named, change)) {
          return null;
        }
        this.#retire(recordField, named);
        return "recorded";
      }

      // A write echoed or superseded before still has its value: a redelivered echo matches it,
      // and a change with another value is a real change.
      const retired = this.#retired.get(change.echoOf);
      if (retired !== undefined) {
        return retired.recordField === recordField && matches(retired, change) ? "recorded" : null;
      }

      // The write is unknown to this session (issued before a restart, or dropped for capacity),
      // so the adapter's word is taken when the id has the form of a write to this same system.
      return isWriteIdOfSystem(change.echoOf, change.system) ? "trusted" : null;
    }

    const entry = this.#byRecordField.get(recordField)?.find((candidate) => matches(candidate, change));
    if (entry === undefined) {
      return null;
    }
    this.#retire(recordField, entry);
    return "recorded";
  }

  // Takes a write out of the ledger and remembers its id and value among the retired writes.
  #retire(recordField: string, entry: LedgerEntry): void {
    this.#remove(recordField, entry);
    if (this.#retired.size >= RETIRED_WRITE_CAPACITY) {
      this.#forgetOldestRetired();
    }
    this.#retired.set(entry.id, entry);
  }

  #forgetOldestRetired(): void {
    let forgotten = 0;
    for (const id of this.#retired.keys()) {
      if (forgotten >= RETIRED_WRITE_CAPACITY / 10) {
        return;
      }
      this.#retired.delete(id);
      forgotten += 1;
    }
  }

  #remove(recordField: string, entry: LedgerEntry): void {
    const entries = this.#byRecordField.get(recordField);
    if (entries === undefined) {
      return;
    }
    entries.splice(entries.indexOf(entry), 1);
    this.#byId.delete(entry.id);
    this.#size -= 1;
    if (entries.length === 0) {
      this.#byRecordField.delete(recordField);
    }
  }

  // Drops the least recently filed records and fields until a tenth of the capacity is free. A
  // Map walked from its start after deletions skips their holes. Dropping one entry per write
  // would walk those holes on every write, so entries are dropped in bulk, once per many writes.
  #dropOldest(): void {
    const target = WRITE_LEDGER_CAPACITY - Math.ceil(WRITE_LEDGER_CAPACITY / 10);
    for (const [recordField, entries] of this.#byRecordField) {
      if (this.#size <= target) {
        return;
      }
      for (const entry of entries) {
        this.#byId.delete(entry.id);
      }
      this.#size -= entries.length;
      this.#byRecordField.delete(recordField);
    }
  }
}

function matches(entry: LedgerEntry, change: { system: string; value: CanonicalValue }): boolean {
  return entry.system === change.system && canonicalEquals(entry.value, change.value);
}

/** Builds the key writes are filed under; Salesforce record Ids count in their 18-character form. */
function buildRecordFieldKey(record: string, field: string): string {
  // Joined into one flat string, because a concatenation would keep its parts alive in the ledger.
  return [toSalesforceId18(record) ?? record, field].join("\u0000");
}

function isWriteIdOfSystem(id: string, system: string): boolean {
  return /^d_[0-9a-f]{32}:/.test(id) && id.slice(35) === system;
}
