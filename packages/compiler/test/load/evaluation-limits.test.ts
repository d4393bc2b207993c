// Policies arrive in pull requests, so a hostile one must not make `fieldpolicy check` hang, run
// out of memory or overflow the stack. Each case here did one of those before the limits existed.

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderLargePolicy } from "../../../../bench/render-large-policy";
import { createPolicyFolder, loadFromFiles, loadFromText, summarizeDiagnostics } from "../policy-folder";

const REPOSITORY = path.resolve(import.meta.dirname, "../../../..");

/** Renders `const` declarations where each one is built from the one before, ending in a default export of the last. */
function renderConstantChain(first: string, next: (previous: string, index: number) => string, count: number): string {
  const lines = [`const c0 = ${first};`];
  for (let index = 1; index <= count; index += 1) {
    lines.push(`const c${index} = ${next(`c${index - 1}`, index)};`);
  }
  lines.push(`export default { value: c${count} };`);
  return lines.join("\n");
}

function findDiagnostic(text: string, code: string) {
  return loadFromText(text).diagnostics.find((diagnostic) => diagnostic.code === code);
}

describe("value size limit", () => {
  it("stops an array doubled 40 times", () => {
    const text = renderConstantChain(`["x", "x"]`, (previous) => `[...${previous}, ...${previous}]`, 40);

    const loaded = loadFromText(text);

    // c19 would hold 2^20 items, the first past 1,000,000 values.
    expect(summarizeDiagnostics(loaded)).toEqual(["FP1012 20:22"]);
    expect(loaded.diagnostics[0]?.message).toContain("more than 1,000,000 values");
  });

  it("stops an object doubled by spreads", () => {
    const text = renderConstantChain(
      `{ x: "x" }`,
      (previous, index) => `{ ...${previous}, k${index}: ${previous} }`,
      40,
    );

    expect(summarizeDiagnostics(loadFromText(text))).toEqual(["FP1012 20:23"]);
  });

  it("stops an object tree doubled by references", () => {
    const text = renderConstantChain(`{ x: "x" }`, (previous) => `{ l: ${previous}, r: ${previous} }`, 40);

    expect(summarizeDiagnostics(loadFromText(text))).toEqual(["FP1012 20:23"]);
  });

  it("stops long text repeated by spreads", () => {
    const text = renderConstantChain(
      `["${"x".repeat(100_000)}"]`,
      (previous) => `[...${previous}, ...${previous}]`,
      40,
    );

    const diagnostic = findDiagnostic(text, "FP1012");

    // c7 would hold 2^7 copies of 100,000 characters, the first past 10,000,000.
    expect(diagnostic?.line).toBe(8);
    expect(diagnostic?.message).toContain("more than 10,000,000 characters");
  });

  it("reports string concatenation as an operator", () => {
    const text = renderConstantChain(`"xx"`, (previous) => `${previous} + ${previous}`, 40);

    expect(summarizeDiagnostics(loadFromText(text))[0]).toBe("FP1006 2:12");
  });

  it("loads a policy of 1,000 fields", () => {
    const loaded = loadFromFiles(
      { "large.policy.ts": renderLargePolicy({ objects: 8, fieldsPerObject: 125 }) },
      "large.policy.ts",
    );

    expect(summarizeDiagnostics(loaded, { withTypeErrors: true })).toEqual([]);
    expect(Object.keys((loaded.spec as { fields: object }).fields)).toHaveLength(1000);
  });
});

describe("nesting depth limit", () => {
  it("reports 1,000 nested arrays at the level past the limit", () => {
    const loaded = loadFromText(`export default { a: ${"[".repeat(1000)}1${"]".repeat(1000)} };`);

    // The object is level 1, so the 100th bracket is level 101.
    expect(summarizeDiagnostics(loaded)).toEqual(["FP1013 1:120"]);
    expect(loaded.diagnostics[0]?.message).toContain("more than 100 levels");
  });

  it("reports 1,000 nested objects", () => {
    const loaded = loadFromText(`export default ${"{ a: ".repeat(1000)}1${" }".repeat(1000)};`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1013 1:516"]);
  });

  it("reports a member chain of 5,000 links", () => {
    const loaded = loadFromText(`const a = { b: 1 };\nexport default { x: a${".b".repeat(5000)} };`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1013 2:222"]);
  });

  it("reports an element access chain of 600 links", () => {
    const loaded = loadFromText(`const a = [1];\nexport default { x: a${"[0]".repeat(600)} };`);

    // Every access in the chain starts at `a`.
    expect(summarizeDiagnostics(loaded)).toEqual(["FP1013 2:21"]);
    expect(loaded.diagnostics.find((diagnostic) => diagnostic.code === "FP1013")?.message).toContain(
      "more than 500 levels",
    );
  });

  it("reports a value nested through constants", () => {
    const text = renderConstantChain(`[1]`, (previous) => `[${previous}]`, 5000);

    const loaded = loadFromText(text);

    // c99 is 100 arrays deep, so c100 is the first past the limit.
    expect(summarizeDiagnostics(loaded)).toEqual(["FP1013 101:15"]);
  });

  it("reports a chain of constants declared in reverse", () => {
    const lines = [`export default { value: c0 };`];
    for (let index = 0; index < 5000; index += 1) {
      lines.push(`const c${index} = [c${index + 1}];`);
    }
    lines.push(`const c5000 = 1;`);

    const codes = summarizeDiagnostics(loadFromText(lines.join("\n")), { withTypeErrors: true });

    expect(codes.every((code) => code.startsWith("FP1013"))).toBe(true);
    expect(codes.length).toBeGreaterThan(0);
  });

  it("gives `fieldpolicy check` a diagnostic, not a stack trace", () => {
    const folder = createPolicyFolder({});
    writeFileSync(
      path.join(folder, "deep.policy.ts"),
      `export default { a: ${"[".repeat(1000)}1${"]".repeat(1000)} };`,
    );

    const run = spawnSync(
      path.join(REPOSITORY, "node_modules/.bin/tsx"),
      [path.join(REPOSITORY, "packages/cli/src/main.ts"), "check", "deep.policy.ts"],
      { cwd: folder, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );

    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain("FP1013");
    expect(run.stdout + run.stderr).not.toContain("    at ");
  });
});
