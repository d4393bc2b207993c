// The ledger of writes a resolver session issued. When a system reports a change that is one of
// these writes coming back (same record, field, system and value, or `context.echoOf` naming the
// write), the change is an echo and not a conflict. A recognized echo consumes its entry, so a
// person who later sets the same value again makes a real change.

import { toSalesforceId18 } from "../normalize/salesforce-id";
import type { CanonicalValue } from "../types";

/**
 * Entries kept before the oldest is dropped, which bounds memory on long streams. An echo normally
 * returns within one sync interval. One that comes back after its entry was dropped is resolved as
 * a real change, which converges to the same value.
 */
export const WRITE_LEDGER_CAPACITY = 100_000;

/** The writes a session issued, keyed by what their echo looks like. */
export class WriteLedger {
  readonly #byKey = new Map<string, string>();
  readonly #byId = new Map<string, string>();

  /** Records a write the session issued. */
  record(write: { id: string; record: string; field: string; system: string; value: CanonicalValue }): void {
    const key = buildEchoKey(write.record, write.field, write.system, write.value);
    this.#delete(key);
    this.#byKey.set(key, write.id);
    this.#byId.set(write.id, key);
    if (this.#byKey.size > WRITE_LEDGER_CAPACITY) {
      const oldest = this.#byKey.keys().next().value;
      if (oldest !== undefined) {
        this.#delete(oldest);
      }
    }
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
    const key = buildEchoKey(change.record, change.field, change.system, change.value);
    if (change.echoOf !== null && this.#byId.has(change.echoOf)) {
      if (this.#byId.get(change.echoOf) !== key) {
        return false;
      }
    } else if (change.echoOf !== null) {
      // The write is unknown to this session (issued before a restart, or dropped for capacity),
      // so the adapter's word is taken when the id has the form of a write to this same system.
      return isWriteIdOfSystem(change.echoOf, change.system);
    }
    if (!this.#byKey.has(key)) {
      return false;
    }
    this.#delete(key);
    return true;
  }

  #delete(key: string): void {
    const id = this.#byKey.get(key);
    if (id !== undefined) {
      this.#byId.delete(id);
    }
    this.#byKey.delete(key);
  }
}

/** Builds the key an echo matches on; Salesforce record Ids count in their 18-character form. */
function buildEchoKey(record: string, field: string, system: string, value: CanonicalValue): string {
  // Canonical values hold no objects, so plain JSON is already canonical.
  return [toSalesforceId18(record) ?? record, field, system, JSON.stringify(value)].join("\u0000");
}

function isWriteIdOfSystem(id: string, system: string): boolean {
  return /^d_[0-9a-f]{32}:/.test(id) && id.slice(35) === system;
}
