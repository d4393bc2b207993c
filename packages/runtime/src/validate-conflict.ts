// Checks that an input has the shape of a conflict on a field and systems the policy declares.
// Problems here make an `error` decision; problems with one change's value or time do not, since
// they reject only that change.

import type { ConflictInput, PolicyIR } from "@fieldpolicy/core";

/** The conflict, or what is wrong with the input. */
export type ConflictCheck = { ok: true; conflict: ConflictInput } | { ok: false; message: string };

/** Checks an input against the conflict shape and the policy's fields and systems. */
export function checkConflict(ir: PolicyIR, input: unknown): ConflictCheck {
  if (!isRecord(input)) {
    return { ok: false, message: "The conflict must be a JSON object with record, field, base and changes." };
  }
  for (const key of ["record", "field", "base", "changes"]) {
    if (!Object.hasOwn(input, key)) {
      return { ok: false, message: `The conflict is missing the key "${key}".` };
    }
  }
  if (typeof input.record !== "string" || input.record === "") {
    return { ok: false, message: 'The key "record" must be a non-empty string.' };
  }
  if (typeof input.field !== "string" || !Object.hasOwn(ir.fields, input.field)) {
    return {
      ok: false,
      message: `Unknown field ${JSON.stringify(input.field)}; the policy "${ir.name}" has ${Object.keys(ir.fields).join(", ")}.`,
    };
  }

  const baseProblem = checkBase(input.base);
  if (baseProblem !== null) {
    return { ok: false, message: baseProblem };
  }
  if (!Array.isArray(input.changes)) {
    return { ok: false, message: 'The key "changes" must be an array of changes.' };
  }
  for (let index = 0; index < input.changes.length; index += 1) {
    const problem = checkChange(ir, input.changes[index]);
    if (problem !== null) {
      return { ok: false, message: `Change ${index + 1}: ${problem}` };
    }
  }

  // The checks above establish every key the type requires.
  return { ok: true, conflict: input as unknown as ConflictInput };
}

function checkBase(base: unknown): string | null {
  if (base === null) {
    return null;
  }
  if (!isRecord(base) || !Object.hasOwn(base, "value") || !Object.hasOwn(base, "at")) {
    return 'The key "base" must be null or an object with value and at.';
  }
  if (base.at !== null && typeof base.at !== "string" && typeof base.at !== "number") {
    return 'The base\'s "at" must be a timestamp string, epoch milliseconds or seconds, or null.';
  }
  return null;
}

function checkChange(ir: PolicyIR, change: unknown): string | null {
  if (!isRecord(change)) {
    return "a change must be an object with system, value, at and actor.";
  }
  for (const key of ["system", "value", "at", "actor"]) {
    if (!Object.hasOwn(change, key)) {
      return `the key "${key}" is missing.`;
    }
  }
  if (typeof change.system !== "string" || !Object.hasOwn(ir.systems, change.system)) {
    return `unknown system ${JSON.stringify(change.system)}; the policy declares ${Object.keys(ir.systems).join(", ")}.`;
  }
  if (typeof change.at !== "string" && typeof change.at !== "number") {
    return 'the key "at" must be a timestamp string or epoch milliseconds or seconds.';
  }
  if (typeof change.actor !== "string") {
    return 'the key "actor" must be a string.';
  }
  if (change.context !== undefined && !isRecord(change.context)) {
    return 'the key "context" must be an object when present.';
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
