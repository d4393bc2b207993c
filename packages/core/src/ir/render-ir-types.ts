import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { format, resolveConfig } from "prettier";

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
  const types = await compile(schema, "PolicyIR", {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: false,
  });

  // Format with the repository's own prettier settings, so `prettier --check` and the
  // staleness test agree on the bytes.
  const target = fileURLToPath(IR_TYPES_URL);
  const config = (await resolveConfig(target)) ?? {};
  return format(types, { ...config, filepath: target });
}
