import { encodeValue } from "@fieldpolicy/runtime";
import type { PolicyIR } from "@fieldpolicy/core";
import { beforeAll, describe, expect, it } from "vitest";
import { planResolution, type EncodeForSystem, type StoredAuditEntry, type StoredException } from "../src/index";
import { loadLeadPolicy } from "./support/lead-policy";

let policy: PolicyIR;

beforeAll(async () => {
  policy = await loadLeadPolicy();
});

const AT = "2026-12-09T12:00:00.000Z";

function encoder(field: string): EncodeForSystem {
  return (value, system) => {
    const definition = policy.fields[field];
    const kind = policy.systems[system]?.kind;
    if (definition === undefined || kind === undefined) {
      return { ok: false, reason: "unknownSystem" };
    }
    return encodeValue(value as Parameters<typeof encodeValue>[0], {
      field: definition,
      system,
      systemKind: kind,
      users: undefined,
    });
  };
}

function makeException(overrides: Partial<StoredException> = {}): StoredException {
  return {
    id: "d_1",
    record: "00Q5f000001AbCdEAA",
    field: "leadStatus",
    queue: "revops",
    trigger: "protectedValue",
    reason: "HubSpot would overwrite Disqualified.",
    dueBy: "2026-12-08T05:00:00.000Z",
    openedAt: "2026-12-04T12:00:00.000Z",
    interimValue: "Disqualified",
    interimSource: "base",
    interimWrites: [],
    status: "open",
    resolvedAt: null,
    resolvedBy: null,
    resolvedValue: null,
    acceptedSystem: null,
    note: null,
    ...overrides,
  };
}

function makeEntry(system: string, newValue: unknown, at = "2026-12-01T15:00:00.000Z"): StoredAuditEntry {
  return {
    decisionId: "d_1",
    seq: 0,
    record: "00Q5f000001AbCdEAA",
    field: "leadStatus",
    system,
    actor: `${system}.user`,
    oldValue: "Disqualified",
    newValue,
    at,
    disposition: "queued",
    reason: "protectedValue",
    note: null,
    invalidEventTime: null,
  };
}

const ANSWER = { by: "dana.reyes@example.com", note: "Reopened by the rep.", at: AT };

describe("planResolution", () => {
  it("prefers a valid event time over an invalid one", () => {
    // The invalid entry is stored at the recording time, later than the valid change's event time.
    const invalid = { ...makeEntry("map", "Working", "2026-12-04T12:00:00.000Z"), seq: 1, invalidEventTime: "not a time" };
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted"), invalid],
      { ...ANSWER, accept: "map", value: null },
      encoder("leadStatus"),
    );

    expect(plan.resolution.value).toBe("Contacted");
  });

  it("accepts a system's proposal", () => {
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: "map", value: null },
      encoder("leadStatus"),
    );

    expect(plan.resolution.value).toBe("Contacted");
    expect(plan.resolution.acceptedSystem).toBe("map");
  });

  it("writes only to systems that hold another value", () => {
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: "map", value: null },
      encoder("leadStatus"),
    );

    expect(plan.writes).toEqual([{ system: "crm", value: "Contacted" }]);
  });

  it("encodes writes through each system's value map", () => {
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: null, value: "Working" },
      encoder("leadStatus"),
    );

    expect(plan.writes).toEqual([
      { system: "crm", value: "Working - Contacted" },
      { system: "map", value: "IN_PROGRESS" },
    ]);
  });

  it("rewrites systems the decision wrote to", () => {
    const exception = makeException({ interimWrites: [{ system: "map", value: "UNQUALIFIED" }] });
    const plan = planResolution(
      policy,
      exception,
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: "map", value: null },
      encoder("leadStatus"),
    );

    expect(plan.writes.map((write) => write.system)).toEqual(["crm", "map"]);
  });

  it("writes the kept interim value back to a proposer", () => {
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: null, value: "Disqualified" },
      encoder("leadStatus"),
    );

    expect(plan.writes).toEqual([{ system: "map", value: "UNQUALIFIED" }]);
  });

  it("records the person on every audit entry", () => {
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: "map", value: null },
      encoder("leadStatus"),
    );

    expect(plan.resolution.auditEntries).toHaveLength(1);
    expect(plan.resolution.auditEntries[0]?.actor).toBe("dana.reyes@example.com");
    expect(plan.resolution.auditEntries[0]?.disposition).toBe("applied");
    expect(plan.resolution.auditEntries[0]?.at).toBe(AT);
    expect(plan.resolution.auditEntries[0]?.note).toBe("Reopened by the rep.");
  });

  it("records a typed value as the review system's entry", () => {
    const plan = planResolution(
      policy,
      makeException(),
      [makeEntry("map", "Contacted")],
      { ...ANSWER, accept: null, value: "Working" },
      encoder("leadStatus"),
    );
    const [rejected, typed] = plan.resolution.auditEntries;

    expect(rejected?.disposition).toBe("rejected");
    expect(rejected?.reason).toBe("reviewRejected");
    expect(typed?.system).toBe("review");
    expect(typed?.newValue).toBe("Working");
  });

  it("accepts the latest proposal of a system", () => {
    const entries = [
      makeEntry("map", "Engaged", "2026-12-01T16:00:00.000Z"),
      makeEntry("map", "Contacted", "2026-12-01T15:00:00.000Z"),
    ];
    const plan = planResolution(
      policy,
      makeException(),
      entries,
      { ...ANSWER, accept: "map", value: null },
      encoder("leadStatus"),
    );

    expect(plan.resolution.value).toBe("Engaged");
  });

  it("rejects a system that proposed nothing", () => {
    const plan = (): unknown =>
      planResolution(
        policy,
        makeException(),
        [makeEntry("map", "Contacted")],
        { ...ANSWER, accept: "enrichment", value: null },
        encoder("leadStatus"),
      );

    expect(plan).toThrow(
      "System enrichment proposed no value in exception d_1. Accept one of base, map, or pass --value.",
    );
  });

  it("ignores a change older than the base", () => {
    const stale = { ...makeEntry("map", "Contacted"), disposition: "rejected" as const, reason: "olderThanBase" };
    const plan = (): unknown =>
      planResolution(policy, makeException(), [stale], { ...ANSWER, accept: "map", value: null }, encoder("leadStatus"));

    expect(plan).toThrow("System map proposed no value in exception d_1. Accept one of base, or pass --value.");
  });

  it("rejects a value outside the picklist", () => {
    const plan = (): unknown =>
      planResolution(
        policy,
        makeException(),
        [],
        { ...ANSWER, accept: null, value: "Closed - Converted" },
        encoder("leadStatus"),
      );

    expect(plan).toThrow(
      /Invalid value "Closed - Converted" for field leadStatus: expected one of the canonical values "New", "Working"/,
    );
  });

  it("rejects a resolved exception", () => {
    const exception = makeException({ status: "resolved", resolvedBy: "sam", resolvedAt: AT });
    const plan = (): unknown =>
      planResolution(policy, exception, [], { ...ANSWER, accept: null, value: "New" }, encoder("leadStatus"));

    expect(plan).toThrow("Exception d_1 was resolved already, by sam at 2026-12-09T12:00:00.000Z.");
  });

  it("parses a boolean value", () => {
    const exception = makeException({ field: "consent", interimValue: true });
    const plan = planResolution(policy, exception, [], { ...ANSWER, accept: null, value: "false" }, encoder("consent"));

    expect(plan.resolution.value).toBe(false);
  });
});

describe("planResolution on an owner field", () => {
  const users = {
    users: [
      {
        email: "dana.reyes@example.com",
        ids: { crm: "0055f000005mc66AAA", map: "280725669" },
        active: { crm: true, map: true },
      },
    ],
  };
  const ownerException = makeException({ field: "leadOwner", trigger: "override", interimValue: "lee@example.com" });
  const ownerEntry = {
    ...makeEntry("map", "280725669"),
    field: "leadOwner",
    oldValue: "lee@example.com",
    reason: "unmappedUser",
  };

  function ownerCoders() {
    const definition = policy.fields["leadOwner"];
    if (definition === undefined) throw new Error("the default policy has leadOwner");
    const encode: EncodeForSystem = (value, system) =>
      encodeValue(value as Parameters<typeof encodeValue>[0], {
        field: definition,
        system,
        systemKind: policy.systems[system]!.kind,
        users,
      });
    const decode = (native: unknown, system: string) => {
      const user = users.users.find((candidate) => candidate.ids[system as "crm" | "map"] === native);
      return user === undefined ? null : { ok: true as const, value: user.email };
    };
    return { encode, decode };
  }

  it("stores the accepted owner as the canonical email", () => {
    const { encode, decode } = ownerCoders();

    const plan = planResolution(
      policy,
      ownerException,
      [ownerEntry],
      { ...ANSWER, accept: "map", value: null },
      encode,
      decode,
    );

    expect(plan.resolution.value).toBe("dana.reyes@example.com");
    expect(plan.writes).toContainEqual({ system: "crm", value: "0055f000005mc66AAA" });
  });

  it("rejects an owner id the directory cannot map", () => {
    const { encode } = ownerCoders();

    expect(() =>
      planResolution(policy, ownerException, [ownerEntry], { ...ANSWER, accept: "map", value: null }, encode),
    ).toThrow("maps to no active user of the user directory");
  });
});
