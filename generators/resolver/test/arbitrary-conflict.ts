// fast-check arbitraries for conflicts on any policy, built from its IR. Values are each system's
// real native encodings (value-map entries, Salesforce Ids of 15 and 18 characters, HubSpot owner
// ids, "true" strings), canonical values, blanks and placeholders, values missing from every
// value map and wrong types. Times are ISO 8601 with any offset form, epoch milliseconds or
// seconds, or text that is no time.

import fc from "fast-check";
import type { ChangeInput, ConflictInput, Field, PolicyIR } from "@fieldpolicy/core";
import { computeSalesforceIdSuffix, type UserDirectory } from "@fieldpolicy/runtime";

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 10, 1);

/** Builds a small user directory with ids in every system the examples use and one user inactive in the MAP. */
export function buildTestUsers(): UserDirectory {
  return {
    users: Array.from({ length: 5 }, (_, index) => {
      const id15 = `0055f000004Tq${String(index).padStart(2, "0")}`;
      return {
        email: `Rep${index}@Example.com`,
        ids: { crm: id15 + computeSalesforceIdSuffix(id15), map: String(51000 + index) },
        active: { crm: true, map: index !== 4 },
      };
    }),
  };
}

/** Generates an instant in one of the encodings systems send, or text that is no time at all. */
export function timeArbitrary(): fc.Arbitrary<string | number> {
  return fc.integer({ min: 0, max: 60 * DAY_MS }).chain((offset) => {
    const epoch = START + offset;
    const iso = new Date(epoch).toISOString();
    return fc.constantFrom<string | number>(
      iso,
      iso.replace("Z", "+0000"),
      new Date(epoch - 2 * 3_600_000).toISOString().replace("Z", "-02:00"),
      epoch,
      Math.floor(epoch / 1000),
      String(epoch),
      "yesterday",
    );
  });
}

function placeholders(ir: PolicyIR, field: Field): string[] {
  return [...ir.blanks, ...field.blanks];
}

/** Generates a value as `system` might send it for `field`. */
export function nativeValueArbitrary(ir: PolicyIR, field: Field, system: string, users: UserDirectory): fc.Arbitrary<unknown> {
  const blanks = fc.constantFrom<unknown>(null, "", "  ", ...placeholders(ir, field).flatMap((text) => [text, text.toUpperCase()]));
  const type = field.type;
  let values: fc.Arbitrary<unknown>;
  switch (type.kind) {
    case "picklist":
    case "multiPicklist": {
      const map = type.valueMaps[system];
      const natives = [...type.values, ...Object.keys(map?.values ?? {}), ...Object.keys(map?.inboundOnly ?? {}), "Not A Value"];
      values =
        type.kind === "picklist"
          ? fc.constantFrom<unknown>(...natives, ` ${natives[0]} `, 7)
          : fc.oneof(fc.subarray(natives).map((items) => items.join(";")), fc.subarray(natives));
      break;
    }
    case "boolean":
      values = fc.constantFrom<unknown>(true, false, "true", "false", "TRUE", "1", "0", 1, 0, "yes", "maybe");
      break;
    case "number":
      values = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ max: 100 }).map(String), fc.constant("many"));
      break;
    case "userReference": {
      const ids = users.users.flatMap((user) => [user.ids[system] ?? "", user.ids[system]?.slice(0, 15) ?? "", user.email, user.email.toUpperCase()]);
      values = fc.constantFrom<unknown>(...ids.filter((id) => id !== ""), "0055f000004TqZZAAA", "99999", "0055F000004TQ00");
      break;
    }
    case "date":
    case "datetime":
      values = timeArbitrary();
      break;
    case "text": {
      const words = ["Data Engineer", "VP Marketing", "Head of Growth", "Chief Executive Officer", "Sales Manager", "Acme Inc", "Example Co"];
      values = fc.oneof(fc.constantFrom<unknown>(...words), fc.string({ maxLength: 6 }), fc.constant("x".repeat((type.maxLength ?? 300) + 1)));
      break;
    }
  }
  return fc.oneof({ arbitrary: values, weight: 4 }, { arbitrary: blanks, weight: 1 });
}

/** Generates a base value: canonical, blank, a placeholder or a value the field cannot hold. */
export function baseValueArbitrary(ir: PolicyIR, field: Field, users: UserDirectory): fc.Arbitrary<unknown> {
  const systemOfRecord = field.systemOfRecord;
  const canonical = field.type.kind === "userReference" ? fc.constantFrom(...users.users.map((user) => user.email.toLowerCase())) : null;
  return canonical === null ? nativeValueArbitrary(ir, field, systemOfRecord, users) : fc.oneof(canonical, nativeValueArbitrary(ir, field, systemOfRecord, users));
}

/** Generates the facts a change's context may carry, each present or not. */
export function contextArbitrary(): fc.Arbitrary<Record<string, unknown> | undefined> {
  const facts = fc.record(
    {
      lastActivityAt: timeArbitrary(),
      consentEvidence: fc.constantFrom<unknown>(true, "form", false, "", "false"),
      verified: fc.constantFrom<unknown>(true, "true", false),
      verifiedAt: timeArbitrary(),
      fieldChangedAt: timeArbitrary(),
      jobId: fc.constantFrom("import-1", "import-2"),
      echoOf: fc.constantFrom("d_0:crm", "d_0:map"),
    },
    { requiredKeys: [] },
  );
  return fc.option(facts, { nil: undefined });
}

function changeArbitrary(ir: PolicyIR, field: Field, users: UserDirectory): fc.Arbitrary<ChangeInput> {
  const bound = Object.keys(field.bindings);
  // Mostly bound systems, sometimes a declared system the field is not bound to.
  const systems = fc.oneof({ arbitrary: fc.constantFrom(...bound), weight: 9 }, { arbitrary: fc.constantFrom(...Object.keys(ir.systems)), weight: 1 });
  const actors = ["0055f000004Tq00AAA", "integration@example.com", ...Object.values(ir.systems).flatMap((system) => (system.integrationUser === null ? [] : [system.integrationUser]))];
  return systems.chain((system) =>
    fc
      .record({ value: nativeValueArbitrary(ir, field, system, users), at: timeArbitrary(), actor: fc.constantFrom(...actors), context: contextArbitrary() })
      .map(({ context, ...change }) => (context === undefined ? { system, ...change } : { system, ...change, context })),
  );
}

/** Generates a conflict on any field of the policy, with or without a base, and zero to four changes. */
export function conflictArbitrary(ir: PolicyIR, users: UserDirectory): fc.Arbitrary<ConflictInput> {
  return fc.constantFrom(...Object.keys(ir.fields)).chain((key) => {
    const field = ir.fields[key]!;
    const base = fc.option(fc.record({ value: baseValueArbitrary(ir, field, users), at: fc.option(timeArbitrary(), { nil: null }) }), { nil: null, freq: 6 });
    return fc.record({
      record: fc.constantFrom("00Q5f000001AbcdEAA", "00Q5f000001AbceEAA"),
      field: fc.constant(key),
      base,
      changes: fc.array(changeArbitrary(ir, field, users), { maxLength: 4 }),
    });
  });
}
