// The helpers of @fieldpolicy/core a policy may call. The loader evaluates a call's arguments
// statically and then runs our own implementation on them, so calling a helper never runs code
// the author wrote.

import { definePolicy, defineScenarios } from "@fieldpolicy/core";
import type { JsonValue } from "../evaluated-value";

/** A helper the loader may run on statically evaluated arguments. */
export interface CoreHelper {
  /** The name @fieldpolicy/core exports it under. */
  name: string;
  /** Number of arguments the helper takes. */
  arity: number;
  run(args: readonly JsonValue[]): unknown;
}

const DEFINE_POLICY: CoreHelper = {
  name: "definePolicy",
  arity: 1,
  run: (args) =>
    // definePolicy returns its argument unchanged, and its type parameters only guide the editor.
    // The schema validates the shape afterwards, so passing any JSON value through it is safe.
    definePolicy(args[0] as unknown as Parameters<typeof definePolicy>[0]),
};

const DEFINE_SCENARIOS: CoreHelper = {
  name: "defineScenarios",
  arity: 1,
  run: (args) =>
    // Like definePolicy, defineScenarios returns its argument unchanged; `fieldpolicy test`
    // checks the shape of the evaluated scenarios before running them.
    defineScenarios(args[0] as unknown as Parameters<typeof defineScenarios>[0]),
};

/** Helpers by exported name. */
export const CORE_HELPERS: ReadonlyMap<string, CoreHelper> = new Map([
  [DEFINE_POLICY.name, DEFINE_POLICY],
  [DEFINE_SCENARIOS.name, DEFINE_SCENARIOS],
]);
