import { writeFileSync } from "node:fs";
import path from "node:path";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { compileExamplePolicy, EXAMPLE_POLICIES, writeGeneratedModule } from "./example-policies";

// Type-checks the files of one folder alone with TypeScript's strictest common settings, as a
// project that copies the generated module would, without Node's type declarations.
function checkFolder(folder: string): string[] {
  const project = new Project({
    compilerOptions: {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts"],
      types: [],
    },
  });
  project.addSourceFilesAtPaths(path.join(folder, "*.ts"));
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const file = diagnostic.getSourceFile()?.getBaseName() ?? "";
    return `${file}:${diagnostic.getLineNumber() ?? 0} ${ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, " ")}`;
  });
}

describe.each(EXAMPLE_POLICIES)("generated resolver of the $name policy", ({ file }) => {
  const ir = compileExamplePolicy(file);

  it("compiles with tsc --strict", () => {
    const folder = writeGeneratedModule(ir);

    expect(checkFolder(folder)).toEqual([]);
  });

  it("types a decision's value by its field", () => {
    const folder = writeGeneratedModule(ir);
    const [key, field] = Object.entries(ir.fields).find(([, candidate]) => candidate.type.kind === "boolean")!;
    writeFileSync(
      path.join(folder, "usage.ts"),
      [
        `import { createResolver } from "./resolver.js";`,
        `const decision = createResolver({ now: new Date(0) }).resolve({ record: "r1", field: ${JSON.stringify(key)}, base: null, changes: [] });`,
        `if (decision.outcome !== "error") {`,
        `  const value: boolean | null = decision.value;`,
        `  const text: string | null = decision.value;`,
        `}`,
      ].join("\n"),
    );

    const problems = checkFolder(folder);

    expect(field.type.kind).toBe("boolean");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^usage\.ts:5 Type 'boolean \| null' is not assignable to type 'string \| null'/);
  });

  it("rejects a base value its field cannot hold", () => {
    const folder = writeGeneratedModule(ir);
    const [key] = Object.entries(ir.fields).find(([, candidate]) => candidate.type.kind === "picklist")!;
    writeFileSync(
      path.join(folder, "usage.ts"),
      [
        `import { createResolver } from "./resolver.js";`,
        `createResolver({ now: new Date(0) }).resolve({ record: "r1", field: ${JSON.stringify(key)}, base: { value: "not a canonical value", at: null }, changes: [] });`,
      ].join("\n"),
    );

    const problems = checkFolder(folder);

    expect(problems.some((problem) => problem.startsWith("usage.ts:2"))).toBe(true);
  });
});
