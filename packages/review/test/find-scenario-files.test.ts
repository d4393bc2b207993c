import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findScenarioFiles } from "../src/scenarios/find-scenario-files";

describe("findScenarioFiles", () => {
  it("searches a folder at its top level only", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-scenarios-"));
    writeFileSync(path.join(folder, "lead.scenarios.ts"), "");
    mkdirSync(path.join(folder, "drafts"));
    writeFileSync(path.join(folder, "drafts", "old.scenarios.ts"), "");

    expect(findScenarioFiles(["."], folder)).toEqual(["lead.scenarios.ts"]);
  });
});
