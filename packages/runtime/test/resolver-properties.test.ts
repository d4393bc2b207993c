// Properties of the resolver over generated conflicts on every field of the default policy, with
// values drawn from each system's real encodings, blanks, placeholders and invalid values.

import type { ChangeInput, ConflictInput, Field } from "@fieldpolicy/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeValue } from "../src/normalize/encode-value";
import { resolveConflict } from "../src/resolve-conflict";
import type { CanonicalValue } from "../src/types";
import { buildUsers, loadLeadIr, TEST_NOW } from "./factories";

const ir = loadLeadIr();
const users = buildUsers();
const options = { now: TEST_NOW, users };
const RUNS = { numRuns: 300 };

const INSTANTS = [Date.UTC(2026, 10, 20, 9), Date.UTC(2026, 11, 1, 12), Date.UTC(2026, 11, 1, 12, 0, 1), Date.UTC(2026, 11, 3, 18)];

/** One instant in any of the encodings systems send, or an invalid time. */
const timeArbitrary = fc.oneof(
  fc.constantFrom(...INSTANTS).chain((instant) =>
    fc.constantFrom<ChangeInput["at"]>(
      new Date(instant).toISOString(),
      new Date(instant).toISOString().replace("Z", "+0000"),
      new Date(instant + 7_200_000).toISOString().replace("Z", "+02:00"),
      instant,
      instant / 1000,
    ),
  ),
  fc.constant("not a time"),
);

function listNativeValues(field: Field): unknown[] {
  const values: unknown[] = [null, "", "Unknown", "[[unknown]]", "garbage", "true", "false", true, false, 0, 1, "42", 7.5];
  if (field.type.kind === "picklist" || field.type.kind === "multiPicklist") {
    values.push(...field.type.values);
    for (const map of Object.values(field.type.valueMaps)) {
      values.push(...Object.keys(map.values), ...Object.keys(map.inboundOnly));
    }
  }
  if (field.type.kind === "userReference") {
    values.push(...users.users.flatMap((user) => [...Object.values(user.ids), user.email]), "0055f000005mc66", "0055F000005MC66");
  }
  if (field.type.kind === "text") {
    values.push("Data Engineer", "VP Marketing", "Example Co", "Chief Executive Officer");
  }
  return values;
}

const contextArbitrary = fc.option(
  fc.record(
    {
      consentEvidence: fc.constantFrom("form-1", true, false),
      lastActivityAt: timeArbitrary,
      verified: fc.boolean(),
      verifiedAt: timeArbitrary,
      jobId: fc.constantFrom("job-1", "job-2"),
      fieldChangedAt: timeArbitrary,
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const conflictArbitrary: fc.Arbitrary<ConflictInput> = fc.constantFrom(...Object.keys(ir.fields)).chain((fieldKey) => {
  const field = ir.fields[fieldKey]!;
  const values = listNativeValues(field);
  const changeArbitrary = fc.record({
    system: fc.constantFrom(...Object.keys(ir.systems)),
    value: fc.constantFrom(...values),
    at: timeArbitrary,
    actor: fc.constantFrom("rep", "integration", "workflow"),
    context: contextArbitrary,
  });
  return fc.record({
    record: fc.constantFrom("00Q5f000001abcdEAA", "00Q5f000001abcd", "contact-1"),
    field: fc.constant(fieldKey),
    base: fc.option(fc.record({ value: fc.constantFrom(...values), at: fc.option(timeArbitrary, { nil: null }) }), { nil: null }),
    changes: fc.array(changeArbitrary, { maxLength: 5 }).map((changes) => changes.map(dropUndefinedContext)),
  });
});

function dropUndefinedContext(change: ChangeInput): ChangeInput {
  if (change.context !== undefined) {
    return change;
  }
  const { context: _context, ...rest } = change;
  return rest;
}

describe("resolver properties", () => {
  it("gives the same decision whatever the order of changes", () => {
    fc.assert(
      fc.property(conflictArbitrary, fc.infiniteStream(fc.nat()), (conflict, random) => {
        const shuffled = [...conflict.changes].sort(() => (random.next().value % 3) - 1);
        expect(resolveConflict(ir, { ...conflict, changes: shuffled }, options)).toEqual(resolveConflict(ir, conflict, options));
      }),
      RUNS,
    );
  });

  it("ends every change applied, rejected or queued", () => {
    fc.assert(
      fc.property(conflictArbitrary, (conflict) => {
        const decision = resolveConflict(ir, conflict, options);
        expect(decision.audit.map((entry) => entry.disposition).sort()).toEqual(
          conflict.changes.map(() => expect.stringMatching(/^(applied|rejected|queued)$/)),
        );
      }),
      RUNS,
    );
  });

  it("lists every change not applied as rejected", () => {
    fc.assert(
      fc.property(conflictArbitrary, (conflict) => {
        const decision = resolveConflict(ir, conflict, options);
        expect(decision.rejected).toHaveLength(decision.audit.filter((entry) => entry.disposition !== "applied").length);
      }),
      RUNS,
    );
  });

  it("writes nothing when every system holds the converged value", () => {
    fc.assert(
      fc.property(conflictArbitrary, (conflict) => {
        const decision = resolveConflict(ir, conflict, options);
        const field = ir.fields[conflict.field]!;
        const systems = Object.keys(field.bindings);
        const natives = systems.map((system) =>
          encodeValue(decision.value as CanonicalValue, { field, system, systemKind: ir.systems[system]!.kind, users }),
        );
        fc.pre(decision.outcome === "resolved" && natives.every((native) => native.ok));

        const converged: ConflictInput = {
          record: conflict.record,
          field: conflict.field,
          base: { value: decision.value, at: "2026-12-02T00:00:00Z" },
          changes: systems.map((system, index) => ({
            system,
            value: natives[index]!.ok ? natives[index]!.value : null,
            at: "2026-12-03T00:00:00Z",
            actor: "integration",
          })),
        };
        expect(resolveConflict(ir, converged, options).writes).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), conflictArbitrary.map((conflict) => ({ ...conflict, base: { value: {}, at: [] } }))), (input) => {
        expect(() => resolveConflict(ir, input as ConflictInput, options)).not.toThrow();
      }),
      RUNS,
    );
  });

  it("never throws on changes with values of any shape", () => {
    fc.assert(
      fc.property(conflictArbitrary, fc.array(fc.anything(), { minLength: 1, maxLength: 3 }), (conflict, values) => {
        const changes = values.map((value, index) => ({ ...(conflict.changes[index] ?? { system: "crm", at: 0, actor: "a" }), value }));
        expect(() => resolveConflict(ir, { ...conflict, changes }, options)).not.toThrow();
      }),
      RUNS,
    );
  });
});
