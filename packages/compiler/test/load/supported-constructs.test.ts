import { describe, expect, it } from "vitest";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { loadPolicy } from "../../src/index";
import { createPolicyFolder, loadFromFiles, loadFromText, summarizeDiagnostics } from "../policy-folder";

describe("loadPolicy on supported constructs", () => {
  it.each([
    ["string, number, boolean and null literals", `export default { s: "x", n: 1.5, t: true, f: false, z: null };`, { s: "x", n: 1.5, t: true, f: false, z: null }],
    ["negative numbers", `export default { n: -3, m: -0.5 };`, { n: -3, m: -0.5 }],
    ["nested arrays and objects", `export default { list: [1, "two", [3], { four: 4 }] };`, { list: [1, "two", [3], { four: 4 }] }],
    ["as const", `export default { list: ["a", "b"] as const };`, { list: ["a", "b"] }],
    ["satisfies", `export default ({ a: 1 } satisfies { a: number });`, { a: 1 }],
    ["parentheses", `export default ((({ a: (1) })));`, { a: 1 }],
    ["template literals without substitutions", "export default { a: `plain text` };", { a: "plain text" }],
    ["quoted and numeric keys", `export default { "Open - Not Contacted": "New", 42: "answer" };`, { "Open - Not Contacted": "New", "42": "answer" }],
    ["a const of the same file", `const STAGES = ["new", "won"] as const;\nexport default { order: STAGES };`, { order: ["new", "won"] }],
    ["a shorthand property", `const label = "Lead";\nexport default { label };`, { label: "Lead" }],
    ["a computed key from a const", `const KEY = "crm";\nexport default { [KEY]: "Lead" };`, { crm: "Lead" }],
    ["property access on a const", `const CONFIG = { queue: { name: "revops" } };\nexport default { queue: CONFIG.queue.name };`, { queue: "revops" }],
    ["element access on a const", `const LIST = ["a", "b"];\nconst MAP = { "x-y": 1 };\nexport default { second: LIST[1], dashed: MAP["x-y"] };`, { second: "b", dashed: 1 }],
    ["the length of a const array", `const LIST = ["a", "b"];\nexport default { count: LIST.length };`, { count: 2 }],
    ["spreads in objects, later keys winning", `const BASE = { a: 1, b: 2 };\nexport default { ...BASE, b: 3, c: 4 };`, { a: 1, b: 3, c: 4 }],
    ["spreads in arrays", `const HEAD = ["a"];\nexport default { list: [...HEAD, "b", ...HEAD] };`, { list: ["a", "b", "a"] }],
    ["a definePolicy call", `import { definePolicy } from "@fieldpolicy/core";\nexport default definePolicy({ name: "x", label: "X", systems: {}, objects: {}, fields: {} });`, { name: "x", label: "X", systems: {}, objects: {}, fields: {} }],
    ["a default export naming a const", `const policy = { a: 1 };\nexport { policy as default };`, { a: 1 }],
    ["a const declared after the export", `export default { order: LATER };\nconst LATER = ["x"];`, { order: ["x"] }],
    ["a definePolicy call through a namespace import", `import * as core from "@fieldpolicy/core";\nexport default core.definePolicy({ name: "x", label: "X", systems: {}, objects: {}, fields: {} });`, { name: "x", label: "X", systems: {}, objects: {}, fields: {} }],
  ])("evaluates %s", (_name, text, expected) => {
    const loaded = loadFromText(text);

    expect(summarizeDiagnostics(loaded)).toEqual([]);
    expect(loaded.spec).toEqual(expected);
  });

  it("rejects a __proto__ key", () => {
    const loaded = loadFromText(`export default { fields: { "__proto__": { polluted: true } } };`);

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1006 1:28"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("loadPolicy across files", () => {
  const values = `export const STAGES = ["subscriber", "lead"] as const;\nexport const CATEGORIES = { executive: ["ceo"] };\n`;

  it("evaluates a named import", () => {
    const loaded = loadFromFiles({
      "values.ts": values,
      "main.policy.ts": `import { STAGES } from "./values";\nexport default { order: STAGES };`,
    });

    expect(loaded.spec).toEqual({ order: ["subscriber", "lead"] });
  });

  it("evaluates a renamed import", () => {
    const loaded = loadFromFiles({
      "values.ts": values,
      "main.policy.ts": `import { CATEGORIES as ROLES } from "./values";\nexport default { roles: ROLES.executive };`,
    });

    expect(loaded.spec).toEqual({ roles: ["ceo"] });
  });

  it("follows re-exports through an index file", () => {
    const loaded = loadFromFiles({
      "shared/values.ts": values,
      "shared/index.ts": `export { STAGES as LIFECYCLE } from "./values";\nexport * from "./values";\n`,
      "main.policy.ts": `import { LIFECYCLE, CATEGORIES } from "./shared/index";\nexport default { order: LIFECYCLE, roles: CATEGORIES };`,
    });

    expect(summarizeDiagnostics(loaded)).toEqual([]);
    expect(loaded.spec).toEqual({ order: ["subscriber", "lead"], roles: { executive: ["ceo"] } });
  });

  it("maps an imported value to the file it is written in", () => {
    const loaded = loadFromFiles({
      "values.ts": values,
      "main.policy.ts": `import { STAGES } from "./values";\n\nexport default { order: STAGES };`,
    });

    expect(loaded.sourceMap.values.get("/order/1")).toEqual({ file: "values.ts", line: 1, column: 38, endLine: 1, endColumn: 44 });
  });

  it("maps a reference to the place it is used", () => {
    const loaded = loadFromFiles({
      "values.ts": values,
      "main.policy.ts": `import { STAGES } from "./values";\n\nexport default { order: STAGES };`,
    });

    expect(loaded.sourceMap.values.get("/order")).toEqual({ file: "main.policy.ts", line: 3, column: 25, endLine: 3, endColumn: 31 });
  });

  it("lists the imported files among the sources", () => {
    const loaded = loadFromFiles({
      "values.ts": values,
      "main.policy.ts": `import { STAGES } from "./values";\nexport default { order: STAGES };`,
    });

    expect([...loaded.sources.keys()]).toEqual(["main.policy.ts", "values.ts"]);
  });

  it("reports a top-level statement of an imported file", () => {
    const loaded = loadFromFiles({
      "values.ts": `export const STAGES = ["new"];\nconsole.log(STAGES);\n`,
      "main.policy.ts": `import { STAGES } from "./values";\nexport default { order: STAGES };`,
    });
    const statement = loaded.diagnostics.find((diagnostic) => diagnostic.code === "FP1007");

    expect([statement?.file, statement?.line]).toEqual(["values.ts", 2]);
  });

  it("rejects a constant imported from outside the policy folder", () => {
    const folder = createPolicyFolder({
      "shared/values.ts": `export const STAGES = ["new"];\n`,
      "policies/main.policy.ts": `import { STAGES } from "../shared/values";\nexport default { order: STAGES };`,
    });

    const loaded = loadPolicy(path.join(folder, "policies/main.policy.ts"), { cwd: folder });

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1008 2:25"]);
    expect(loaded.diagnostics[0]?.message).toContain("is declared outside the policy folder (in shared/values.ts)");
  });

  describe("through a symbolic link", () => {
    const outsideFiles = {
      "shared/values.ts": `export const STAGES = ["new"];\n`,
      "shared/roles/index.ts": `export const ROLES = ["ceo"];\n`,
      "policies/local.ts": `export const LOCAL = ["new"];\n`,
    };

    function loadLinkedPolicy(links: Record<string, string>, policy: string) {
      const folder = createPolicyFolder({ ...outsideFiles, "policies/main.policy.ts": policy });
      for (const [link, target] of Object.entries(links)) {
        symlinkSync(target, path.join(folder, "policies", link));
      }
      return loadPolicy(path.join(folder, "policies/main.policy.ts"), { cwd: folder });
    }

    it("rejects a linked file that points outside the folder", () => {
      const loaded = loadLinkedPolicy(
        { "values.ts": "../shared/values.ts" },
        `import { STAGES } from "./values";\nexport default { order: STAGES };`,
      );

      expect(summarizeDiagnostics(loaded)).toEqual(["FP1008 2:25"]);
      expect(loaded.diagnostics[0]?.message).toContain(
        "is declared outside the policy folder (in policies/values.ts, which resolves to shared/values.ts)",
      );
    });

    it("rejects a file inside a linked folder that points outside", () => {
      const loaded = loadLinkedPolicy(
        { roles: "../shared/roles" },
        `import { ROLES } from "./roles/index";\nexport default { roles: ROLES };`,
      );

      expect(summarizeDiagnostics(loaded)).toEqual(["FP1008 2:25"]);
    });

    it("leaves a linked outside file out of the sources", () => {
      const loaded = loadLinkedPolicy(
        { "values.ts": "../shared/values.ts" },
        `import { STAGES } from "./values";\nexport default { order: STAGES };`,
      );

      expect([...loaded.sources.keys()]).toEqual(["policies/main.policy.ts"]);
    });

    it("accepts a link to a file inside the folder", () => {
      const loaded = loadLinkedPolicy(
        { "alias.ts": "./local.ts" },
        `import { LOCAL } from "./alias";\nexport default { order: LOCAL };`,
      );

      expect(summarizeDiagnostics(loaded)).toEqual([]);
      expect(loaded.spec).toEqual({ order: ["new"] });
    });
  });

  it("rejects data imported from a JSON file", () => {
    const loaded = loadFromFiles({
      "roles.json": `{ "executive": ["ceo"] }\n`,
      "main.policy.ts": `import roles from "./roles.json";\nexport default { roles };`,
    });

    expect(summarizeDiagnostics(loaded)).toEqual(["FP1008 2:18"]);
    expect(loaded.diagnostics[0]?.message).toBe("`roles` is imported from a JSON file, which the compiler does not read.");
  });

  it("reports type errors in an imported file", () => {
    const loaded = loadFromFiles({
      "values.ts": `export const COUNT: number = "three";\n`,
      "main.policy.ts": `import { COUNT } from "./values";\nexport default { count: COUNT };`,
    });

    expect(summarizeDiagnostics(loaded, { withTypeErrors: true })).toEqual(["FP1001 1:14"]);
    expect(loaded.diagnostics[0]?.file).toBe("values.ts");
  });
});

describe("the source map", () => {
  const text = [
    `export default {`,
    `  fields: {`,
    `    leadStatus: { tier: 1 },`,
    `  },`,
    `};`,
  ].join("\n");

  it("locates a value", () => {
    const loaded = loadFromText(text);

    expect(loaded.sourceMap.values.get("/fields/leadStatus/tier")).toEqual({ file: "main.policy.ts", line: 3, column: 25, endLine: 3, endColumn: 26 });
  });

  it("locates a key", () => {
    const loaded = loadFromText(text);

    expect(loaded.sourceMap.keys.get("/fields/leadStatus/tier")).toEqual({ file: "main.policy.ts", line: 3, column: 19, endLine: 3, endColumn: 23 });
  });

  it("locates a key that a spread brought in at the spread object's literal", () => {
    const loaded = loadFromText(`const BASE = { tier: 1 };\nexport default { ...BASE, label: "x" };`);

    expect(loaded.sourceMap.keys.get("/tier")?.line).toBe(1);
  });
});
