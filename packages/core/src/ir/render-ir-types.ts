import { readFile } from "node:fs/promises";
import { compile, type JSONSchema } from "json-schema-to-typescript";

/** Location of the IR schema, the source of truth for the generated types. */
export const POLICY_SCHEMA_URL = new URL("../../../../schemas/policy.schema.json", import.meta.url);

/** Location of the generated IR types inside this package. */
export const IR_TYPES_URL = new URL("./policy-ir.generated.ts", import.meta.url);

const BANNER = [
  "// Generated from schemas/policy.schema.json by `pnpm gen:types`; do not edit.",
  "// Change the schema and regenerate instead: a test fails when this file is stale.",
].join("\n");

/** Renders the TypeScript types of the IR from the JSON Schema, exactly as `pnpm gen:types` writes them. */
export async function renderIrTypes(): Promise<string> {
  const schema = JSON.parse(await readFile(POLICY_SCHEMA_URL, "utf8")) as JSONSchema;
  return compile(schema, "PolicyIR", {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { printWidth: 100, singleQuote: false, trailingComma: "all" },
  });
}
