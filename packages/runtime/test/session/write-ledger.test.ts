import { describe, expect, it } from "vitest";
import { WRITE_LEDGER_CAPACITY, WriteLedger } from "../../src/session/write-ledger";

const WRITE = { id: `d_${"1".repeat(32)}:map`, record: "0015f00002JUX1JAAX", field: "leadStatus", system: "map", value: "Contacted" };
const echoOf = (overrides: Partial<typeof WRITE & { echoOf: string | null }> = {}) => ({ ...WRITE, echoOf: null, ...overrides });

describe("WriteLedger", () => {
  it("recognizes an echo under the 15-character record Id", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    expect(ledger.consumeEcho(echoOf({ record: "0015f00002JUX1J" }))).toBe(true);
  });

  it("tells apart a record Id that differs in letter case", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    expect(ledger.consumeEcho(echoOf({ record: "0015f00002jux1j" }))).toBe(false);
  });

  it("rejects an echoOf of a known write with another value", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    expect(ledger.consumeEcho(echoOf({ value: "Engaged", echoOf: WRITE.id }))).toBe(false);
  });

  it("rejects an unknown echoOf that names another system", () => {
    const ledger = new WriteLedger();
    expect(ledger.consumeEcho(echoOf({ echoOf: `d_${"2".repeat(32)}:crm` }))).toBe(false);
  });

  it("drops the oldest write beyond its capacity", () => {
    const ledger = new WriteLedger();
    for (let index = 0; index <= WRITE_LEDGER_CAPACITY; index += 1) {
      ledger.record({ ...WRITE, id: `w${index}`, record: `record-${index}` });
    }
    expect(ledger.consumeEcho(echoOf({ record: "record-0" }))).toBe(false);
  });

  it("keeps the newest write at capacity", () => {
    const ledger = new WriteLedger();
    for (let index = 0; index <= WRITE_LEDGER_CAPACITY; index += 1) {
      ledger.record({ ...WRITE, id: `w${index}`, record: `record-${index}` });
    }
    expect(ledger.consumeEcho(echoOf({ record: `record-${WRITE_LEDGER_CAPACITY}` }))).toBe(true);
  });
});

describe("WriteLedger beyond capacity", () => {
  it("drops the oldest tenth at once", () => {
    const ledger = new WriteLedger();
    for (let index = 0; index <= WRITE_LEDGER_CAPACITY; index += 1) {
      ledger.record({ ...WRITE, id: `w${index}`, record: `record-${index}` });
    }
    const tenth = WRITE_LEDGER_CAPACITY / 10;
    expect(ledger.consumeEcho(echoOf({ record: `record-${tenth - 1}` }))).toBe(false);
    expect(ledger.consumeEcho(echoOf({ record: `record-${tenth + 1}` }))).toBe(true);
  });
});
