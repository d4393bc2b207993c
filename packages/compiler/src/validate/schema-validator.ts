import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

/** Absolute path of the IR's JSON Schema in the repository. */
export const POLICY_SCHEMA_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../schemas/policy.schema.json",
);

/** The IR's JSON Schema, parsed. */
export type JsonSchema = Record<string, unknown>;

let compiled: { schema: JsonSchema; validate: ValidateFunction } | null = null;

/** Returns the compiled validator of the IR schema, compiling it on first use. */
export function loadSchemaValidator(): { schema: JsonSchema; validate: ValidateFunction } {
  if (compiled === null) {
    // The schema is JSON Schema 2020-12; strict mode rejects keywords it does not know, so a typo
    // in the schema fails here instead of silently validating nothing.
    const schema = JSON.parse(readFileSync(POLICY_SCHEMA_PATH, "utf8")) as JsonSchema;
    // verbose adds each error's parent schema, from which messages list the allowed properties.
    // Ajv's optimization pass over the generated code is skipped, because each `check` process
    // compiles the schema once to validate one IR. The pass took about 30 of the 90 ms of
    // compiling (ajv 8.20, Node 20.20), and the default policy's IR validated no slower without it.
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, code: { optimize: false } });
    compiled = { schema, validate: ajv.compile(schema) };
  }
  return compiled;
}
