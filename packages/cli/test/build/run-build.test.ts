import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderCanonicalJson, type PolicyIR } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { describe, expect, it } from "vitest";
import { GENERATORS, type RegisteredGenerator } from "../../src/build/generators";
import { runBuild, type BuildOptions } from "../../src/build/run-build";
import { breakPolicy, createBuildProject, readTree } from "./build-project";

function buildOptions(cwd: string, overrides: Partial<BuildOptions> = {}): BuildOptions {
  return { paths: [], outDir: "out", catalogDir: null, check: false, cwd, ...overrides };
}

const THROWING_GENERATOR: RegisteredGenerator = {
  name: "throwing",
  folder: "broken",
  generate: () => {
    throw new Error("the generator broke");
  },
};

describe("runBuild", () => {
  it("writes the canonical IR to out/<policy>/ir.json", async () => {
    const project = createBuildProject();

    await runBuild(buildOptions(project));
    const ir = compilePolicy("policies/lead.policy.ts", { cwd: project }).ir;

    expect(readFileSync(path.join(project, "out/lead/ir.json"), "utf8")).toBe(renderCanonicalJson(ir));
  });

  it("writes the enforcement plan", async () => {
    const project = createBuildProject();

    await runBuild(buildOptions(project));
    const plan = JSON.parse(readFileSync(path.join(project, "out/lead/enforcement-plan.json"), "utf8")) as { policy: string };

    expect(plan.policy).toBe("lead");
  });

  it("gives identical bytes when run twice", async () => {
    const project = createBuildProject();

    await runBuild(buildOptions(project));
    const first = readTree(path.join(project, "out"));
    await runBuild(buildOptions(project));

    expect(readTree(path.join(project, "out"))).toEqual(first);
  });

  it("leaves no staging folder behind", async () => {
    const project = createBuildProject();

    await runBuild(buildOptions(project));

    expect(readdirSync(project).sort()).toEqual(["out", "policies"]);
  });

  it("replaces files a previous build wrote and this one does not", async () => {
    const project = createBuildProject();
    await runBuild(buildOptions(project));
    writeFileSync(path.join(project, "out/lead/left-over.txt"), "old");

    await runBuild(buildOptions(project));

    expect(existsSync(path.join(project, "out/lead/left-over.txt"))).toBe(false);
  });

  it("records the time of each step", async () => {
    const project = createBuildProject();

    const report = await runBuild(buildOptions(project));

    expect(report.timings.map((timing) => timing.step)).toEqual(["catalog", "compile", "generate", "format", "write"]);
  });

  it("reports an unreadable catalog folder and writes nothing", async () => {
    const project = createBuildProject();

    const report = await runBuild(buildOptions(project, { catalogDir: "no-such-catalog" }));

    const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error");

    expect(errors.map((diagnostic) => diagnostic.message).join("\n")).toContain("no-such-catalog");
    expect(existsSync(path.join(project, "out"))).toBe(false);
  });

  it("hands generators an IR they cannot change", async () => {
    const project = createBuildProject();
    let before: string | null = null;
    const mutating: RegisteredGenerator = {
      name: "mutating",
      folder: "mutating",
      generate: (ir: PolicyIR) => {
        before = renderCanonicalJson(ir);
        ir.fields["leadStatus"]!.tier = 3;
        return { files: [], diagnostics: [] };
      },
    };

    const report = await runBuild(buildOptions(project, { generators: [mutating, ...GENERATORS] }));

    expect(report.diagnostics.map((diagnostic) => diagnostic.code)).toContain("FP5002");
    expect(report.policies[0]?.ir === null ? null : renderCanonicalJson(report.policies[0]?.ir)).toBe(before);
  });
});

describe("a failed build", () => {
  it("leaves the previous output byte for byte when the policy has errors", async () => {
    const project = createBuildProject();
    await runBuild(buildOptions(project));
    const good = readTree(path.join(project, "out"));
    breakPolicy(project);

    const report = await runBuild(buildOptions(project));

    expect(report.written).toBe(false);
    expect(readTree(path.join(project, "out"))).toEqual(good);
  });

  it("leaves the previous output byte for byte when a generator throws", async () => {
    const project = createBuildProject();
    await runBuild(buildOptions(project));
    const good = readTree(path.join(project, "out"));

    const report = await runBuild(buildOptions(project, { generators: [...GENERATORS, THROWING_GENERATOR] }));

    expect(report.diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      "The throwing generator failed on policies/lead.policy.ts: the generator broke.",
    );
    expect(readTree(path.join(project, "out"))).toEqual(good);
  });

  it("leaves the previous output when writing fails", async () => {
    const project = createBuildProject();
    await runBuild(buildOptions(project));
    const good = readTree(path.join(project, "out"));
    // A file and a folder of the same name cannot both be written, so the write step fails.
    const clashing: RegisteredGenerator = {
      name: "clashing",
      folder: "clash",
      generate: () => ({ files: [{ path: "a", contents: "x" }, { path: "a/b", contents: "y" }], diagnostics: [] }),
    };

    await expect(runBuild(buildOptions(project, { generators: [...GENERATORS, clashing] }))).rejects.toThrow();

    expect(readTree(path.join(project, "out"))).toEqual(good);
    expect(readdirSync(project).sort()).toEqual(["out", "policies"]);
  });

  it("rejects a generated path outside the generator's folder", async () => {
    const project = createBuildProject();
    const escaping: RegisteredGenerator = {
      name: "escaping",
      folder: "escape",
      generate: () => ({ files: [{ path: "../../../etc/passwd", contents: "x" }], diagnostics: [] }),
    };

    const report = await runBuild(buildOptions(project, { generators: [escaping] }));

    expect(report.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expect.arrayContaining(["FP5003"]));
    expect(existsSync(path.join(project, "out"))).toBe(false);
  });
});

describe("the output folder", () => {
  it("is not replaced when it contains files fieldpolicy did not write", async () => {
    const project = createBuildProject();
    mkdirSync(path.join(project, "src"));
    writeFileSync(path.join(project, "src/index.ts"), "export {};\n");

    const report = await runBuild(buildOptions(project, { outDir: "src" }));

    expect(report.diagnostics.map((diagnostic) => diagnostic.code)).toContain("FP5004");
    expect(readFileSync(path.join(project, "src/index.ts"), "utf8")).toBe("export {};\n");
  });

  it("is not the working folder", async () => {
    const project = createBuildProject();

    const report = await runBuild(buildOptions(project, { outDir: "." }));

    expect(report.diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      "The build will not replace the output folder ., because it is the working folder or contains it.",
    );
    expect(readdirSync(project)).toEqual(["policies"]);
  });

  it("carries the marker of a build", async () => {
    const project = createBuildProject();

    await runBuild(buildOptions(project));

    expect(existsSync(path.join(project, "out/.fieldpolicy-output"))).toBe(true);
  });

  it("may be an earlier output without the marker", async () => {
    const project = createBuildProject();
    mkdirSync(path.join(project, "out/lead"), { recursive: true });
    writeFileSync(path.join(project, "out/lead/ir.json"), "{}\n");

    const report = await runBuild(buildOptions(project));

    expect(report.written).toBe(true);
  });
});

describe("runBuild with check", () => {
  it("finds nothing after a build", async () => {
    const project = createBuildProject();
    await runBuild(buildOptions(project));

    const report = await runBuild(buildOptions(project, { check: true }));

    expect(report.differences).toEqual({ stale: [], missing: [], extra: [] });
  });

  it("lists stale, missing and extra files and writes nothing", async () => {
    const project = createBuildProject();
    await runBuild(buildOptions(project));
    writeFileSync(path.join(project, "out/lead/ir.json"), "{}\n");
    rmSync(path.join(project, "out/lead/enforcement-plan.json"));
    writeFileSync(path.join(project, "out/lead/notes.md"), "hand-written\n");
    const before = readTree(path.join(project, "out"));

    const report = await runBuild(buildOptions(project, { check: true }));

    expect(report.differences).toEqual({
      stale: ["lead/ir.json"],
      missing: ["lead/enforcement-plan.json"],
      extra: ["lead/notes.md"],
    });
    expect(readTree(path.join(project, "out"))).toEqual(before);
  });
});
