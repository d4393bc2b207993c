// Checks that a parsed JSON document is a fieldpolicy IR, for the ir.json that `--policy` names
// and for the IR that `resolve` receives from its compiler process.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";

const POLICY_SCHEMA_URL = new URL("../../../../schemas/policy.schema.json", import.meta.url);

/**
 * Checks `document` against schemas/policy.schema.json. Returns the first problem as
 * `at <JSON pointer>, <message>` (`at the document, ...` for the root), or null when the document
 * is an IR.
 */
export function findIrSchemaProblem(document: unknown): string | null {
  const schema = JSON.parse(readFileSync(fileURLToPath(POLICY_SCHEMA_URL), "utf8")) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  if (validate(document)) {
    return null;
  }
  const [first] = validate.errors ?? [];
  const where = first === undefined || first.instancePath === "" ? "the document" : first.instancePath;
  return `at ${where}, ${first?.message ?? "it does not match the schema"}`;
}
