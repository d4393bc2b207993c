// Sample values for the worked examples, drawn from the field's own type: its picklist values,
// plausible numbers, booleans or text. Canonical values only: build-example-change.ts encodes them.

import type { Field } from "@fieldpolicy/core";

// Text samples by what the field's label is about, so an example reads like real data.
const TEXT_SAMPLES: readonly { pattern: RegExp; values: readonly [string, string, string] }[] = [
  { pattern: /company|account|organi[sz]ation/i, values: ["Northwind", "Northwind Traders", "Northwind Traders Inc."] },
  { pattern: /title|role|position/i, values: ["Marketing Manager", "Head of Marketing", "Marketing Specialist"] },
  { pattern: /department|team/i, values: ["Marketing", "Field Marketing", "Demand Generation"] },
];

const GENERIC_TEXT: readonly [string, string, string] = ["Value 1", "Value 2", "Value 3"];

/**
 * Returns three distinct canonical values of the field's type, or fewer where the type has fewer
 * (a boolean has two). User references and dates are not sampled: an example with them would
 * need a user directory or calendar arithmetic the document does not show.
 */
export function buildSampleValues(field: Field): unknown[] {
  switch (field.type.kind) {
    case "picklist":
    case "multiPicklist":
      return field.type.values.slice(0, 3);
    case "boolean":
      return [false, true];
    case "number":
      return [35, 60, 20];
    case "text": {
      const sample = TEXT_SAMPLES.find((candidate) => candidate.pattern.test(field.label));
      return [...(sample?.values ?? GENERIC_TEXT)];
    }
    default:
      return [];
  }
}
