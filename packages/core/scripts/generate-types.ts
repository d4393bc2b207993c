// Regenerates the IR types from schemas/policy.schema.json. Run through `pnpm gen:types`.
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { IR_TYPES_URL, renderIrTypes } from "../src/ir/render-ir-types";

const contents = await renderIrTypes();
await writeFile(IR_TYPES_URL, contents);
console.log(`Wrote ${fileURLToPath(IR_TYPES_URL)}`);
