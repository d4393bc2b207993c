// Golden diagnostics: each folder under test/fixtures/_error_/ contains a policy (`policy.policy.ts`)
// and the diagnostics that compiling it must give (`expected.json`). The policy is compiled from
// inside its folder, so paths are short. Set FIELDPOLICY_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../src/index";

const ERROR_FIXTURES = path.resolve(import.meta.dirname, "../../../test/fixtures/_error_");
const CASES = readdirSync(ERROR_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("golden diagnostics", () => {
  it("has cases", () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  it.each(CASES)("match for %s", (name) => {
    const folder = path.join(ERROR_FIXTURES, name);
    const expectedFile = path.join(folder, "expected.json");

    const { diagnostics, ir } = compilePolicy("policy.policy.ts", { cwd: folder });
    const actual = `${JSON.stringify(diagnostics, null, 2)}\n`;
    if (process.env["FIELDPOLICY_UPDATE_GOLDEN"] === "1") {
      writeFileSync(expectedFile, actual, "utf8");
    }

    expect(ir).toBeNull();
    expect(actual).toBe(readFileSync(expectedFile, "utf8"));
  });
});
