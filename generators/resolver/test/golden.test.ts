import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderGeneratedBanner } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { generateResolver } from "../src/index";
import { compileExamplePolicy, deepFreeze, EXAMPLE_POLICIES, REPOSITORY_ROOT } from "./example-policies";

// Set UPDATE_GOLDEN=1 to rewrite the golden files from the current generator.
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === "1";

describe.each(EXAMPLE_POLICIES)("resolver files of the $name policy", ({ name, file }) => {
  const ir = compileExamplePolicy(file);
  const result = generateResolver(ir);

  it("are resolver.ts, the kernel and its declarations", () => {
    expect(result.files.map((generated) => generated.path)).toEqual(["resolver.ts", "resolver-kernel.js", "resolver-kernel.d.ts"]);
  });

  it.each(result.files.map((generated) => [generated.path, generated] as const))("match the golden %s byte for byte", (_path, generated) => {
    const goldenPath = path.join(REPOSITORY_ROOT, "test/fixtures/golden", name, "resolver", generated.path);
    if (UPDATE_GOLDEN) {
      mkdirSync(path.dirname(goldenPath), { recursive: true });
      writeFileSync(goldenPath, generated.contents);
    }

    expect(generated.contents).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("carry the generated banner on their first line", () => {
    const firstLines = result.files.map((generated) => generated.contents.split("\n")[0]);

    expect(firstLines).toEqual(result.files.map(() => `// ${renderGeneratedBanner(ir)}`));
  });

  it("give the same bytes when built twice", () => {
    const second = generateResolver(compileExamplePolicy(file));

    expect(second.files).toEqual(result.files);
  });

  it("read a frozen IR without changing it", () => {
    const frozen = deepFreeze(structuredClone(ir));

    const fromFrozen = generateResolver(frozen);

    expect(fromFrozen.files).toEqual(result.files);
    expect(frozen).toEqual(ir);
  });

  it("import only the kernel beside them", () => {
    const resolver = result.files.find((generated) => generated.path === "resolver.ts")!;

    const specifiers = [...resolver.contents.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)].map((match) => match[1]);

    expect(new Set(specifiers)).toEqual(new Set(["./resolver-kernel.js"]));
  });

  it("report no diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
  });

  it("carry no absolute path", () => {
    const withRoot = result.files.filter((generated) => generated.contents.includes(REPOSITORY_ROOT));

    expect(withRoot.map((generated) => generated.path)).toEqual([]);
  });
});
