// Turns the text a person passes to `queue resolve --value` into the field's canonical value, the
// form the runtime stores: picklist values as declared, multi-selects as a sorted list, user
// references as lower-case emails, datetimes as ISO 8601 in UTC. An empty text clears the field.

import type { Field } from "@fieldpolicy/core";
import { StoreError } from "./store-error";

function reject(fieldKey: string, text: string, expected: string): never {
  throw new StoreError(`Invalid value ${JSON.stringify(text)} for field ${fieldKey}: expected ${expected}.`);
}

/** Parses `text` as a canonical value of `field`, or raises a StoreError that names what fits. */
export function parseReviewerValue(fieldKey: string, field: Field, text: string): unknown {
  if (text === "") {
    return null;
  }

  const type = field.type;
  switch (type.kind) {
    case "picklist":
      if (!type.values.includes(text)) {
        reject(fieldKey, text, `one of the canonical values ${type.values.map((value) => JSON.stringify(value)).join(", ")}`);
      }
      return text;

    case "multiPicklist": {
      const items = text.split(";").map((item) => item.trim()).filter((item) => item !== "");
      const unknown = items.filter((item) => !type.values.includes(item));
      if (unknown.length > 0) {
        reject(fieldKey, text, `canonical values separated by ";", from ${type.values.map((value) => JSON.stringify(value)).join(", ")}`);
      }
      return [...new Set(items)].sort();
    }

    case "boolean":
      if (text !== "true" && text !== "false") {
        reject(fieldKey, text, "true or false");
      }
      return text === "true";

    case "number": {
      const number = Number(text);
      if (!Number.isFinite(number)) {
        reject(fieldKey, text, "a number such as 42 or 3.5");
      }
      return number;
    }

    case "userReference":
      if (!/^[^\s@]+@[^\s@]+$/.test(text)) {
        reject(fieldKey, text, "the user's email, such as dana.reyes@example.com");
      }
      return text.toLowerCase();

    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
        reject(fieldKey, text, "a date as YYYY-MM-DD");
      }
      return text;

    case "datetime": {
      const millis = Date.parse(text);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(millis)) {
        reject(fieldKey, text, "an ISO 8601 time such as 2026-12-04T15:00:00Z");
      }
      return new Date(millis).toISOString();
    }

    case "text":
      if (type.maxLength !== null && text.length > type.maxLength) {
        reject(fieldKey, text, `at most ${type.maxLength} characters`);
      }
      return text;
  }
}
