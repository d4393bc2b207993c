// Renders the policy's own types: the union of its field keys and the canonical value type of
// each field, so a caller's conflict and decision are typed by the field they concern.

import type { PolicyIR, ValueType } from "@fieldpolicy/core";
import { renderCommentText, renderPropertyKey } from "./render-literal";

/** Renders `FieldKey`, `FIELD_KEYS` and `FieldValues`. */
export function renderValueTypes(ir: PolicyIR): string {
  const keys = Object.keys(ir.fields);
  const members = keys.map((key) => {
    const field = ir.fields[key]!;
    return [`  /** ${renderCommentText(field.label)}: ${describeType(field.type)}. */`, `  ${renderPropertyKey(key)}: ${renderValueType(field.type)};`].join("\n");
  });

  return [
    "/** The key of a field of this policy. */",
    `export type FieldKey = ${keys.map((key) => JSON.stringify(key)).join(" | ")};`,
    "",
    "/** Every field key, in the policy's order. */",
    `export const FIELD_KEYS: readonly FieldKey[] = [${keys.map((key) => JSON.stringify(key)).join(", ")}];`,
    "",
    "/** The canonical value of each field; a blank value is null. */",
    "export interface FieldValues {",
    members.join("\n"),
    "}",
  ].join("\n");
}

function renderValueType(type: ValueType): string {
  switch (type.kind) {
    case "picklist":
      return type.values.map((value) => JSON.stringify(value)).join(" | ");
    case "multiPicklist":
      return `readonly (${type.values.map((value) => JSON.stringify(value)).join(" | ")})[]`;
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "text":
    case "userReference":
    case "date":
    case "datetime":
      return "string";
  }
}

function describeType(type: ValueType): string {
  switch (type.kind) {
    case "picklist":
      return "a canonical picklist value";
    case "multiPicklist":
      return "canonical picklist values as a sorted set";
    case "userReference":
      return "the owner's email address in lower case";
    case "date":
      return "an ISO 8601 date";
    case "datetime":
      return "an ISO 8601 instant in UTC";
    default:
      return `a ${type.kind}`;
  }
}
