// With allErrors, ajv reports every branch of a `oneOf` or `anyOf`, most of which are about
// branches the author never meant. For a value type, only the errors of the branch whose `kind`
// matches are kept. For an alternative of plain values, one error lists the allowed values.

import type { ErrorObject } from "ajv/dist/2020.js";
import { readPointer } from "./read-pointer";

/** Returns the errors with each `oneOf`/`anyOf` group replaced by its useful part. */
export function collapseAlternatives(errors: readonly ErrorObject[], candidate: unknown, schema: unknown): ErrorObject[] {
  const groups = errors.filter((error) => error.keyword === "oneOf" || error.keyword === "anyOf");
  const dropped = new Set<ErrorObject>(groups);
  const added: ErrorObject[] = [];

  for (const group of groups) {
    const members = findMembers(errors, group);
    // With `verbose`, the schema of a oneOf/anyOf error is its list of branches.
    const branches = Array.isArray(group.schema) ? (group.schema as unknown[]) : [];
    const kind = readPointer(candidate, `${group.instancePath}/kind`);
    const matching = kind === undefined ? -1 : branches.findIndex((branch) => readConstKind(branch) === kind);

    for (const member of members) {
      // Branch errors carry schema paths relative to the same schema as the group's own path.
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

/**
 * Returns the errors of a group's branches. ajv reports them just before the group's own error,
 * at the group's instance or below it, so they are the contiguous run of such errors before it.
 */
function findMembers(errors: readonly ErrorObject[], group: ErrorObject): ErrorObject[] {
  const members: ErrorObject[] = [];
  for (let index = errors.indexOf(group) - 1; index >= 0; index -= 1) {
    const error = errors[index];
    if (error === undefined || !isAtOrBelow(error.instancePath, group.instancePath)) {
      break;
    }
    members.push(error);
  }
  return members;
}

function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function readConstKind(branch: unknown): string | undefined {
  const kind = readPointer(branch, "/properties/kind/const");
  return typeof kind === "string" ? kind : undefined;
}

/** Returns the values an alternative allows: its enum (following a local `$ref`), or `null` for a null type. */
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
