// The result of evaluating a policy statically: a JSON value in which every node carries the
// location of the text it came from.

import { toJsonPointer } from "@fieldpolicy/core";
import { buildEmptySourceMap, type PolicySourceMap, type SourceLocation } from "./source-map";

/** A JSON value the loader can produce. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A string, number, boolean or null, with its location. */
export interface EvaluatedPrimitive {
  kind: "primitive";
  value: string | number | boolean | null;
  location: SourceLocation;
}

/** An array literal (after spreads), with its location. */
export interface EvaluatedArray {
  kind: "array";
  items: EvaluatedValue[];
  location: SourceLocation;
}

/** One property of an evaluated object: its value and where its key was written. */
export interface EvaluatedEntry {
  keyLocation: SourceLocation;
  value: EvaluatedValue;
}

/** An object literal (after spreads), in key insertion order, with its location. */
export interface EvaluatedObject {
  kind: "object";
  entries: Map<string, EvaluatedEntry>;
  location: SourceLocation;
}

/** A statically evaluated value. */
export type EvaluatedValue = EvaluatedPrimitive | EvaluatedArray | EvaluatedObject;

/** Returns the same value located at another place, such as the reference to a `const`. */
export function relocateValue(value: EvaluatedValue, location: SourceLocation): EvaluatedValue {
  return { ...value, location };
}

/** Converts an evaluated value to plain JSON, dropping the locations. */
export function toPlainValue(value: EvaluatedValue): JsonValue {
  switch (value.kind) {
    case "primitive":
      return value.value;
    case "array":
      return value.items.map(toPlainValue);
    case "object": {
      const plain: { [key: string]: JsonValue } = {};
      for (const [key, entry] of value.entries) {
        // defineProperty keeps a key named `__proto__` an ordinary property.
        Object.defineProperty(plain, key, {
          value: toPlainValue(entry.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return plain;
    }
  }
}

/**
 * Converts plain JSON back to an evaluated value. Objects and arrays found in `known` keep their
 * original locations; anything new is located at `fallback`. Helpers from @fieldpolicy/core run on
 * plain values, and this puts the locations back on what they return.
 */
export function fromPlainValue(
  plain: unknown,
  fallback: SourceLocation,
  known: WeakMap<object, EvaluatedValue>,
): EvaluatedValue | null {
  if (plain !== null && typeof plain === "object") {
    const original = known.get(plain);
    if (original !== undefined) {
      return original;
    }
  }
  if (plain === null || typeof plain === "string" || typeof plain === "boolean") {
    return { kind: "primitive", value: plain, location: fallback };
  }
  if (typeof plain === "number") {
    return Number.isFinite(plain) ? { kind: "primitive", value: plain, location: fallback } : null;
  }
  if (Array.isArray(plain)) {
    const items: EvaluatedValue[] = [];
    for (const item of plain) {
      const evaluated = fromPlainValue(item, fallback, known);
      if (evaluated === null) {
        return null;
      }
      items.push(evaluated);
    }
    return { kind: "array", items, location: fallback };
  }
  if (typeof plain === "object") {
    const entries = new Map<string, EvaluatedEntry>();
    for (const [key, child] of Object.entries(plain)) {
      const evaluated = fromPlainValue(child, fallback, known);
      if (evaluated === null) {
        return null;
      }
      entries.set(key, { keyLocation: fallback, value: evaluated });
    }
    return { kind: "object", entries, location: fallback };
  }
  return null;
}

/**
 * Converts an evaluated value to plain JSON and records, for every object and array produced,
 * the evaluated value it came from.
 */
export function toPlainValueTracked(value: EvaluatedValue, known: WeakMap<object, EvaluatedValue>): JsonValue {
  if (value.kind === "primitive") {
    return value.value;
  }
  if (value.kind === "array") {
    const plain = value.items.map((item) => toPlainValueTracked(item, known));
    known.set(plain, value);
    return plain;
  }
  const plain: { [key: string]: JsonValue } = {};
  for (const [key, entry] of value.entries) {
    Object.defineProperty(plain, key, {
      value: toPlainValueTracked(entry.value, known),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  known.set(plain, value);
  return plain;
}

/** Builds the source map of an evaluated value, with pointers relative to the root. */
export function buildSourceMap(root: EvaluatedValue): PolicySourceMap {
  const sourceMap = buildEmptySourceMap();
  const visit = (value: EvaluatedValue, segments: (string | number)[]): void => {
    const pointer = toJsonPointer(segments);
    sourceMap.values.set(pointer, value.location);
    if (value.kind === "array") {
      value.items.forEach((item, index) => visit(item, [...segments, index]));
    } else if (value.kind === "object") {
      for (const [key, entry] of value.entries) {
        sourceMap.keys.set(toJsonPointer([...segments, key]), entry.keyLocation);
        visit(entry.value, [...segments, key]);
      }
    }
  };
  visit(root, []);
  return sourceMap;
}
