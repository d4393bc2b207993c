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

describe("WriteLedger after an echo or a newer write", () => {
  it("takes a redelivered echo of a consumed write", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    expect(ledger.consumeEcho(echoOf({ echoOf: WRITE.id }))).toBe(true);
    expect(ledger.consumeEcho(echoOf({ echoOf: WRITE.id }))).toBe(true);
  });

  it("rejects another value naming a consumed write", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    ledger.consumeEcho(echoOf({ echoOf: WRITE.id }));
    expect(ledger.consumeEcho(echoOf({ value: "Disqualified", echoOf: WRITE.id }))).toBe(false);
  });

  it("treats an older written value as a real change", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    ledger.record({ ...WRITE, id: `d_${"3".repeat(32)}:map`, value: "Disqualified" });
    expect(ledger.consumeEcho(echoOf())).toBe(false);
    expect(ledger.consumeEcho(echoOf({ value: "Disqualified" }))).toBe(true);
  });

  it("keeps one write per system of a record and field", () => {
    const ledger = new WriteLedger();
    for (let index = 0; index < 1_000; index += 1) {
      ledger.record({ ...WRITE, id: `d_${String(index).padStart(32, "0")}:map`, value: `value-${index}` });
    }
    expect(ledger.consumeEcho(echoOf({ value: "value-998" }))).toBe(false);
    expect(ledger.consumeEcho(echoOf({ value: "value-999" }))).toBe(true);
  });

  it("judges an echoOf naming a superseded write by its value", () => {
    const ledger = new WriteLedger();
    ledger.record(WRITE);
    ledger.record({ ...WRITE, id: `d_${"3".repeat(32)}:map`, value: "Disqualified" });
    expect(ledger.consumeEcho(echoOf({ value: "Engaged", echoOf: WRITE.id }))).toBe(false);
    expect(ledger.consumeEcho(echoOf({ echoOf: WRITE.id }))).toBe(true);
  });
});
