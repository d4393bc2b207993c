import type { ConflictInput, Decision, PolicyIR } from "@fieldpolicy/core";
import { createResolver } from "./session/create-resolver";
import type { ResolveOptions } from "./types";

/**
 * Resolves one conflict on its own. Without a session there is no ledger of earlier writes or
 * count of bulk flips, so only `context.echoOf` marks an echo; use `createResolver` for streams.
 * An input that is not a valid conflict gives an `error` decision rather than an exception.
 */
export function resolveConflict(ir: PolicyIR, conflict: ConflictInput, options: ResolveOptions): Decision {
  return createResolver(ir, options).resolve(conflict);
}
