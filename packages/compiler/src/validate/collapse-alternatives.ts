// With allErrors, ajv reports every branch of a `oneOf` or `anyOf`, most of which are about
// branches the author never meant. This keeps the errors that help: for a value type, the errors
// of the branch whose `kind` matches; for an alternative of plain values, one error listing them.

import type { ErrorObject } from "ajv/dist/2020.js";
import { readPointer } from "./read-pointer";

/** Returns the errors with each `oneOf`/`anyOf` group replaced by its useful part. */
export function collapseAlternatives(errors: readonly ErrorObject[], candidate: unknown, schema: unknown): ErrorObject[] {
  const groups = errors.filter((error) => error.keyword === "oneOf" || error.keyword === "anyOf");
  const dropped = new Set<ErrorObject>(groups);
  const added: ErrorObject[] = [];

  for (const group of groups) {
    const members = errors.filter(
      (error) => error !== group && error.schemaPath.startsWith(`${group.schemaPath}/`) && error.instancePath.startsWith(group.instancePath),
    );
    const branches = readBranches(schema, group.schemaPath);
    const kind = readPointer(candidate, `${group.instancePath}/kind`);
    const matching = branches.findIndex((branch) => readConstKind(branch) === kind && kind !== undefined);

    for (const member of members) {
      const inMatchingBranch = member.schemaPath.startsWith(`${group.schemaPath}/${matching}/`);
      if (matching === -1 || !inMatchingBranch) {
        dropped.add(member);
      }
    }
    if (matching === -1) {
      added.push(buildAlternativeError({ group, branches, candidate, schema }));
    }
  }

  return [...errors.filter((error) => !dropped.has(error)), ...added];
}

function buildAlternativeError(input: {
  group: ErrorObject;
  branches: unknown[];
  candidate: unknown;
  schema: unknown;
}): ErrorObject {
  const { group, branches, candidate, schema } = input;
  const kinds = branches.map(readConstKind).filter((kind): kind is string => kind !== undefined);
  if (kinds.length === branches.length && kinds.length > 0) {
    // A value type: the `kind` decides the branch, so the kind is what is wrong.
    const hasKind = readPointer(candidate, `${group.instancePath}/kind`) !== undefined;
    return hasKind
      ? { ...group, instancePath: `${group.instancePath}/kind`, keyword: "enum", params: { allowedValues: kinds } }
      : { ...group, keyword: "required", params: { missingProperty: "kind" } };
  }
  const allowed = branches.flatMap((branch) => readPlainAlternatives(branch, schema));
  return { ...group, keyword: "enum", params: { allowedValues: allowed } };
}

function readBranches(schema: unknown, schemaPath: string): unknown[] {
  const branches = readPointer(schema, schemaPath.replace(/^#/, ""));
  return Array.isArray(branches) ? branches : [];
}

function readConstKind(branch: unknown): string | undefined {
  const kind = readPointer(branch, "/properties/kind/const");
  return typeof kind === "string" ? kind : undefined;
}

/** The values an alternative allows: its enum (following a local `$ref`), or `null` for a null type. */
function readPlainAlternatives(branch: unknown, schema: unknown): unknown[] {
  const reference = readPointer(branch, "/$ref");
  if (typeof reference === "string" && reference.startsWith("#")) {
    return readPlainAlternatives(readPointer(schema, reference.slice(1)), schema);
  }
  const values = readPointer(branch, "/enum");
  if (Array.isArray(values)) {
    return values;
  }
  return readPointer(branch, "/type") === "null" ? [null] : [];
}
