import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it in @microsoft/jest-sarif
// (`sarif-2.1.0-rtm.5.json`, JSON Schema draft-04, MIT). No npm package ships the OASIS file
// under its own name `sarif-schema-2.1.0.json`.
const require = createRequire(import.meta.url);
const SCHEMA_PATH = path.join(
  path.dirname(require.resolve("@microsoft/jest-sarif/package.json")),
  "lib/schemas/sarif-2.1.0-rtm.5.json",
);

/** Compiles a validator of SARIF logs from the SARIF 2.1.0 JSON schema (release rtm.5). */
export function compileSarifValidator() {
  // The schema's pattern for `language` contains a lone `]`, which is valid only without the
  // regular expressions' unicode flag that ajv sets by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
}
