// Limits on what static evaluation may produce. Spreads and references share values, so a few
// lines of constants can describe a value of exponential size (`const b = [...a, ...a]`, forty
// times over), and every later step (the source map, the schema, the generators) walks it in full.
// Each array and object literal is measured as it is built, and evaluation stops at the first
// literal past a limit, before it allocates anything larger.

import type { Node } from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import type { EvaluatedValue } from "../evaluated-value";
import { reportAtNode, type EvaluationContext } from "./evaluation-context";

/**
 * Maximum size and depth of one evaluated value. A policy of 1,000 fields written by
 * bench/render-large-policy.ts contains about 18,000 values and 180,000 characters, 5 levels deep.
 */
export const VALUE_LIMITS = {
  /** Strings, numbers, booleans, nulls, arrays and objects, counted once per place they appear. */
  values: 1_000_000,
  /** Characters of strings and object keys, counted once per place they appear. */
  characters: 10_000_000,
  /** Levels of arrays and objects nested in each other. */
  depth: 100,
} as const;

/** The size and depth of an evaluated value, as `VALUE_LIMITS` counts them. */
export interface ValueMeasure {
  values: number;
  characters: number;
  depth: number;
}

// Keyed by an array's items or an object's entries, which a value relocated to a reference shares
// with the original. Values are never changed after they are built, so a measure stays valid.
const measures = new WeakMap<object, ValueMeasure>();

/** Measures a value. Shared parts are measured once, so the cost is linear in what was built. */
export function measureValue(value: EvaluatedValue): ValueMeasure {
  if (value.kind === "primitive") {
    const characters = typeof value.value === "string" ? value.value.length : 0;
    return { values: 1, characters, depth: 0 };
  }

  const contents = value.kind === "array" ? value.items : value.entries;
  const known = measures.get(contents);
  if (known !== undefined) {
    return known;
  }

  let measure = emptyContainer();
  if (value.kind === "array") {
    for (const item of value.items) {
      measure = addItem(measure, measureValue(item));
    }
  } else {
    for (const [key, entry] of value.entries) {
      measure = addItem(measure, measureValue(entry.value), key.length);
    }
  }

  measures.set(contents, measure);
  return measure;
}

/** Returns the measure of an empty array or object literal, before its elements are added. */
export function emptyContainer(): ValueMeasure {
  return { values: 1, characters: 0, depth: 1 };
}

/** Adds one element, or one property with its key, to the measure of the literal that contains it. */
export function addItem(container: ValueMeasure, item: ValueMeasure, keyLength = 0): ValueMeasure {
  return {
    values: container.values + item.values,
    characters: container.characters + item.characters + keyLength,
    depth: Math.max(container.depth, item.depth + 1),
  };
}

/**
 * Adds the elements or properties of a spread array or object to the measure of the literal it is
 * spread into. An object spread may overwrite keys, so this can overstate the result, never
 * understate it.
 */
export function addSpread(container: ValueMeasure, spread: ValueMeasure): ValueMeasure {
  return {
    values: container.values + spread.values - 1,
    characters: container.characters + spread.characters,
    depth: Math.max(container.depth, spread.depth),
  };
}

/**
 * Reports a literal whose measure passes a limit, at the element that made it pass. Returns true
 * when it reported, so the caller stops building the literal.
 */
export function reportExceededLimit(
  context: EvaluationContext,
  node: Node,
  literal: "array" | "object",
  measure: ValueMeasure,
): boolean {
  if (measure.depth > VALUE_LIMITS.depth) {
    reportAtNode(context, node, {
      code: LOAD_CODES.nestingTooDeep,
      message: `This ${literal} would nest more than ${formatCount(VALUE_LIMITS.depth)} levels of arrays and objects, the maximum the compiler evaluates.`,
      hint: "Flatten the value; constants that wrap each other count as nesting too.",
    });
    return true;
  }

  const exceeded =
    measure.values > VALUE_LIMITS.values
      ? `more than ${formatCount(VALUE_LIMITS.values)} values`
      : measure.characters > VALUE_LIMITS.characters
        ? `more than ${formatCount(VALUE_LIMITS.characters)} characters of strings and keys`
        : null;
  if (exceeded === null) {
    return false;
  }
  reportAtNode(context, node, {
    code: LOAD_CODES.valueTooLarge,
    message: `This ${literal} would hold ${exceeded} once its spreads and constants are expanded, the maximum the compiler evaluates.`,
    hint: "Spread or reference each constant once rather than doubling it; a policy of 1,000 fields holds about 18,000 values.",
  });
  return true;
}

/** Formats a count with thousands separators, the same on every machine. */
function formatCount(count: number): string {
  return count.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
