import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSlaDocument } from "../src/index";
import { compileExamplePolicy, EXAMPLE_POLICIES, REPOSITORY_ROOT } from "./compile-example-policy";
import { deepFreeze } from "./deep-freeze";
import { formatAsBuild } from "./format-as-build";
import { lintMarkdown } from "./lint-markdown";

// Set UPDATE_GOLDEN=1 to rewrite the golden documents from the current generator.
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === "1";

describe.each(EXAMPLE_POLICIES)("SLA document of the $name policy", ({ name, file }) => {
  const ir = compileExamplePolicy(file);
  const [document] = generateSlaDocument(ir).files;
  const goldenPath = path.join(REPOSITORY_ROOT, "test/fixtures/golden", name, "docs", document!.path);

  it("matches the golden document byte for byte", () => {
    if (UPDATE_GOLDEN) {
      mkdirSync(path.dirname(goldenPath), { recursive: true });
      writeFileSync(goldenPath, document!.contents);
    }

    expect(document!.contents).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("is named after the policy", () => {
    expect(document!.path).toBe(`${name}-sla.md`);
  });

  it("gives the same bytes when built twice", () => {
    const second = generateSlaDocument(compileExamplePolicy(file)).files[0]!;

    expect(second.contents).toBe(document!.contents);
  });

  it("reads a frozen IR without changing it", () => {
    const frozen = deepFreeze(structuredClone(ir));

    const fromFrozen = generateSlaDocument(frozen).files[0]!;

    expect(fromFrozen.contents).toBe(document!.contents);
    expect(frozen).toEqual(ir);
  });

  it("is left unchanged by the build's prettier step", async () => {
    expect(await formatAsBuild(document!.contents)).toBe(document!.contents);
  });

  it("passes markdownlint", () => {
    expect(lintMarkdown(document!.contents)).toEqual([]);
  });

  it("carries no absolute path", () => {
    expect(document!.contents).not.toContain(REPOSITORY_ROOT);
  });
});
