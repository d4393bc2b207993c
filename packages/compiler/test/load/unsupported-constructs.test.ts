import { describe, expect, it } from "vitest";
import { loadFromFiles, loadFromText, summarizeDiagnostics } from "../policy-folder";

describe("loadPolicy on unsupported constructs", () => {
  it.each([
    ["a top-level loop", `for (const x of [1]) {}\nexport default {};`, ["FP1007 1:1"], "a `for…of` loop"],
    ["a while loop", `while (false) {}\nexport default {};`, ["FP1007 1:1"], "a `while` loop"],
    ["a top-level expression statement", `export default {};\nconsole.log("x");`, ["FP1007 2:1"], 'an expression statement (`console.log("x");`)'],
    ["a call to a user function", `const make = () => 1;\nexport default { a: make() };`, ["FP1006 1:14", "FP1009 2:21"], "`make()` calls `make`, which is not a helper of @fieldpolicy/core"],
    ["a function declaration used as a value", `function build() { return 1; }\nexport default { a: build };`, ["FP1007 1:1", "FP1008 2:21"], "`build` is a function declaration, used here as a value"],
    ["process.env", `export default { home: process.env.HOME };`, ["FP1008 1:24"], "`process.env.HOME` reads the environment of the process"],
    ["a dynamic import", `export default { a: import("./other") };`, ["FP1009 1:21"], "is a dynamic import"],
    ["require", `export default { a: require("node:fs") };`, ["FP1009 1:21"], "calls `require`"],
    ["a let declaration", `let stage = "new";\nexport default { stage };`, ["FP1007 1:1", "FP1008 2:18"], "A `let` declaration"],
    ["a var declaration", `var stage = "new";\nexport default { a: stage };`, ["FP1007 1:1", "FP1008 2:21"], "A `var` declaration"],
    ["an arrow function", `export default { a: () => 1 };`, ["FP1006 1:21"], "an arrow function"],
    ["a conditional expression", `export default { a: true ? 1 : 2 };`, ["FP1006 1:21"], "a conditional (`? :`) expression"],
    ["an operator", `export default { a: 1 + 2 };`, ["FP1006 1:21"], "the `+` operator"],
    ["a template literal with a substitution", "const X = 1;\nexport default { a: `n${X}` };", ["FP1006 2:21"], "a template literal with substitutions"],
    ["a new expression", `export default { a: new Date() };`, ["FP1006 1:21"], "a `new` expression"],
    ["a method", `export default { a() { return 1; } };`, ["FP1006 1:18"], "a method"],
    ["undefined", `export default { a: undefined };`, ["FP1008 1:21"], "`undefined` is not a JSON value"],
    ["an undeclared name", `export default { a: missingName };`, ["FP1008 1:21"], "`missingName` is not declared"],
    ["a missing member", `const A = { b: 1 };\nexport default { a: A.c };`, ["FP1011 2:21"], 'has no member "c"'],
    ["a circular constant", `const A: unknown = { b: B };\nconst B: unknown = { a: A };\nexport default { a: A };`, ["FP1010 2:25"], "depends on itself"],
    ["a function declaration", `function helper() {}\nexport default {};`, ["FP1007 1:1"], "a function declaration (`helper`)"],
    ["a class declaration", `class Helper {}\nexport default {};`, ["FP1007 1:1"], "a class declaration (`Helper`)"],
    ["an enum", `enum Tier { One }\nexport default {};`, ["FP1007 1:1"], "an enum declaration"],
    ["a helper used as a value", `import { definePolicy } from "@fieldpolicy/core";\nexport default { a: definePolicy };`, ["FP1008 2:21"], "can only be called, not used as a value"],
    ["a core constant", `import { TIER_PROFILES } from "@fieldpolicy/core";\nexport default { a: TIER_PROFILES };`, ["FP1008 2:21"], "is not available to policies as a value"],
    ["an optional chain", `const A = { b: 1 };\nexport default { a: A?.b };`, ["FP1006 2:21"], "optional chain"],
    ["a side-effect import of a Node module", `import "node:fs";\nexport default {};`, ["FP1007 1:1"], 'The import `import "node:fs";` names nothing, so it exists only to run the module.'],
  ])("reports %s", (_name, text, expected, wording) => {
    const loaded = loadFromText(text);

    expect(summarizeDiagnostics(loaded)).toEqual(expected);
    expect(loaded.diagnostics.map((diagnostic) => diagnostic.message).join("\n")).toContain(wording);
  });

  it("reports a side-effect import of a policy folder file", () => {
    const loaded = loadFromFiles({
      "setup.ts": `export const READY = true;\n`,
      "main.policy.ts": `import { definePolicy } from "@fieldpolicy/core";\nimport "./setup";\nexport default {};`,
    });
    const diagnostic = loaded.diagnostics.find((candidate) => candidate.code === "FP1007");

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1007 2:1"]);
    expect(diagnostic?.hint).toContain("import { NAME } from \"./setup\"");
  });

  it("accepts an import of types only", () => {
    const loaded = loadFromFiles({
      "types.ts": `export type Stage = "new";\n`,
      "main.policy.ts": `import type { Stage } from "./types";\nconst STAGE: Stage = "new";\nexport default { stage: STAGE };`,
    });

    expect(summarizeDiagnostics(loaded)).toEqual([]);
  });

  it("reports an unused constant reading the environment", () => {
    const loaded = loadFromText(`const home = process.env.HOME;\nexport default {};`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1008 1:14"]);
  });

  it("returns no spec when the default export cannot be evaluated", () => {
    const loaded = loadFromText(`export default { a: 1 + 2 };`);

    expect(loaded.spec).toBeNull();
  });

  it("reports every problem, not only the first", () => {
    const loaded = loadFromText(`export default { a: 1 + 2, b: () => 3, c: process.env.X };`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1006 1:21", "FP1006 1:31", "FP1008 1:43"]);
  });

  it("gives the end of the range", () => {
    const loaded = loadFromText(`export default { home: process.env.HOME };`);
    const diagnostic = loaded.diagnostics.find((candidate) => candidate.code === "FP1008");

    expect([diagnostic?.endLine, diagnostic?.endColumn]).toEqual([1, 40]);
  });
});

describe("loadPolicy on broken files", () => {
  it("reports an empty file", () => {
    const loaded = loadFromText("");

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1003 null:null"]);
  });

  it("reports a file that does not exist", async () => {
    const { loadPolicy } = await import("../../src/index");
    const loaded = loadPolicy("no/such/file.policy.ts", { cwd: "/tmp" });

    expect(loaded.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["FP1002"]);
    expect(loaded.diagnostics[0]?.message).toContain("no/such/file.policy.ts");
  });

  it("reports a file of comments only as empty", () => {
    const loaded = loadFromText("// nothing here\n");

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1003 null:null"]);
  });

  it("reports a syntax error with its place", () => {
    const loaded = loadFromText(`export default {\n  a: [1, 2,\n};`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1004 3:1"]);
  });

  it("reports a file without a default export", () => {
    const loaded = loadFromText(`export const policy = {};`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1005 null:null"]);
  });

  it("reports a default-exported function as a statement and a missing default export", () => {
    const loaded = loadFromText(`export default function policy() { return {}; }`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1007 1:1", "FP1005 null:null"]);
  });
});
