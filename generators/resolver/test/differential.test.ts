import fc from "fast-check";
import type { ConflictInput, Decision } from "@fieldpolicy/core";
import { createResolver } from "@fieldpolicy/runtime";
import { describe, expect, it } from "vitest";
import { buildTestUsers, conflictArbitrary } from "./arbitrary-conflict";
import { compileExamplePolicy, EXAMPLE_POLICIES, resolverModuleUrl, writeGeneratedModule } from "./example-policies";

/** The part of a generated module this test calls. */
interface GeneratedModule {
  createResolver(options: { now: Date; users?: ReturnType<typeof buildTestUsers> }): { resolveInput(input: unknown): Decision };
}

const users = buildTestUsers();

describe.each(EXAMPLE_POLICIES)("generated resolver of the $name policy", ({ file }) => {
  const ir = compileExamplePolicy(file);
  const loaded = import(/* @vite-ignore */ resolverModuleUrl(writeGeneratedModule(ir))) as Promise<GeneratedModule>;

  it("decides every conflict as the runtime does from the IR", async () => {
    const generated = await loaded;
    const sessions = fc.array(conflictArbitrary(ir, users), { minLength: 1, maxLength: 12 });
    const clocks = fc.date({ min: new Date("2026-11-01T00:00:00Z"), max: new Date("2027-01-31T00:00:00Z"), noInvalidDate: true });

    // One session per side, so echoes of earlier writes and bulk flips are compared too.
    fc.assert(
      fc.property(sessions, clocks, (conflicts: ConflictInput[], now: Date) => {
        const fromIr = createResolver(ir, { now, users });
        const fromModule = generated.createResolver({ now, users });
        for (const conflict of conflicts) {
          expect(fromModule.resolveInput(conflict)).toStrictEqual(fromIr.resolve(conflict));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("decides an invalid input as the runtime does", async () => {
    const generated = await loaded;
    const now = new Date("2026-12-01T12:00:00Z");
    const inputs: unknown[] = [null, {}, { record: "r", field: "noSuchField", base: null, changes: [] }, { record: "r", field: Object.keys(ir.fields)[0], base: null, changes: [{ system: "nowhere" }] }];

    const fromModule = inputs.map((input) => generated.createResolver({ now, users }).resolveInput(input));

    expect(fromModule).toStrictEqual(inputs.map((input) => createResolver(ir, { now, users }).resolve(input as ConflictInput)));
  });
});
