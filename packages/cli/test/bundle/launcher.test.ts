// The launcher behind `pnpm fieldpolicy`: it runs the command line from a bundle that matches the
// sources, rebuilds the bundle when it does not, and never lets a run load a half-written build.
// Each test uses a bundle folder of its own, so a manifest it edits misleads no other run.

import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBuilds, readManifest, REPOSITORY_ROOT, runFromSources, runLauncher, startLauncher, type BundleManifest } from "./run-cli-entry";

const CHECK_ARGS = ["check", "policies/lead.policy.ts"];
const TAMPERED_INPUT = "packages/cli/src/commands/check.ts";

const createdFolders: string[] = [];

function createBundleFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-bundle-"));
  createdFolders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of createdFolders) {
    rmSync(folder, { recursive: true, force: true });
  }
});

function writeManifest(bundleFolder: string, manifest: BundleManifest): void {
  writeFileSync(path.join(bundleFolder, "bundle.json"), `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
}

function hashRepositoryFile(relativePath: string): string {
  return createHash("sha256").update(readFileSync(path.join(REPOSITORY_ROOT, relativePath))).digest("hex");
}

describe("fieldpolicy launcher", () => {
  let bundleFolder = "";

  beforeAll(() => {
    bundleFolder = createBundleFolder();
    const first = runLauncher(bundleFolder, ["--help"]);
    expect(first.status, first.stderr).toBe(0);
  });

  it("builds the bundle on the first run", () => {
    const manifest = readManifest(bundleFolder);

    expect(existsSync(path.join(bundleFolder, "builds", manifest.build, manifest.entry))).toBe(true);
    expect(Object.keys(manifest.inputs)).toContain("packages/cli/src/main.ts");
    expect(Object.keys(manifest.inputs)).toContain("packages/compiler/src/index.ts");
    expect(listBuilds(bundleFolder)).toEqual([manifest.build]);
  });

  it("maps each chunk back to existing sources", () => {
    const manifest = readManifest(bundleFolder);
    const buildFolder = path.join(bundleFolder, "builds", manifest.build);
    const sourceMap = JSON.parse(readFileSync(path.join(buildFolder, "main.js.map"), "utf8")) as { sources: string[] };

    expect(sourceMap.sources).toContain(path.relative(buildFolder, path.join(REPOSITORY_ROOT, "packages/cli/src/main.ts")));
    for (const source of sourceMap.sources) {
      expect(existsSync(path.resolve(buildFolder, source)), source).toBe(true);
    }
  });

  it("keeps npm dependencies out of the bundle", () => {
    const sources = Object.keys(readManifest(bundleFolder).inputs);

    expect(sources.filter((source) => source.includes("node_modules"))).toEqual([]);
  });

  it("splits each command into a chunk of its own", () => {
    const manifest = readManifest(bundleFolder);
    const main = readFileSync(path.join(bundleFolder, "builds", manifest.build, manifest.entry), "utf8");

    // The compiler behind check, and ts-morph with it, must load only when check runs.
    expect(main).toMatch(/import\("\.\/check-[\w-]+\.js"\)/);
    expect(main).not.toContain("ts-morph");
  });

  it("leaves no import.meta location to the chunks", () => {
    const manifest = readManifest(bundleFolder);
    const buildFolder = path.join(bundleFolder, "builds", manifest.build);
    const chunks = readdirSync(buildFolder).filter((name) => name.endsWith(".js"));

    for (const chunk of chunks) {
      // Only the banner that defines `require` for CommonJS dependencies may use the chunk's URL.
      const lines = readFileSync(path.join(buildFolder, chunk), "utf8")
        .split("\n")
        .filter((line) => !line.includes("__fieldpolicyCreateRequire(import.meta.url)"));
      expect(lines.join("\n"), chunk).not.toMatch(/import\.meta\.(url|filename|dirname|resolve)/);
    }
  });

  it("prints what the TypeScript entry prints for check", () => {
    for (const format of ["text", "json"]) {
      const bundled = runLauncher(bundleFolder, [...CHECK_ARGS, "--format", format]);
      const fromSources = runFromSources([...CHECK_ARGS, "--format", format]);

      expect(bundled.status, bundled.stderr).toBe(0);
      expect(bundled.status).toBe(fromSources.status);
      expect(bundled.stdout).toBe(fromSources.stdout);
      expect(bundled.stderr).toBe(fromSources.stderr);
    }
  });

  it("keeps exit codes 1 and 2", () => {
    const missingPolicy = runLauncher(bundleFolder, ["check", "policies/missing.policy.ts"]);
    const unknownOption = runLauncher(bundleFolder, ["check", "--no-such-option"]);

    expect(missingPolicy.status).toBe(1);
    expect(missingPolicy.status).toBe(runFromSources(["check", "policies/missing.policy.ts"]).status);
    expect(unknownOption.status).toBe(2);
  });

  it("rebuilds when a source differs from the one bundled", () => {
    const manifest = readManifest(bundleFolder);
    const recorded = manifest.inputs[TAMPERED_INPUT]!;
    // A manifest that records other contents for the file looks to the launcher like an edit of
    // the source since the build, without editing a source other tests read.
    writeManifest(bundleFolder, { ...manifest, inputs: { ...manifest.inputs, [TAMPERED_INPUT]: { ...recorded, mtimeMs: 0, sha256: "0".repeat(64) } } });

    const run = runLauncher(bundleFolder, CHECK_ARGS);

    expect(run.status, run.stderr).toBe(0);
    expect(readManifest(bundleFolder).inputs[TAMPERED_INPUT]?.sha256).toBe(hashRepositoryFile(TAMPERED_INPUT));
  });

  it("keeps the bundle when a source was only touched", () => {
    const manifest = readManifest(bundleFolder);
    const recorded = manifest.inputs[TAMPERED_INPUT]!;
    writeManifest(bundleFolder, { ...manifest, inputs: { ...manifest.inputs, [TAMPERED_INPUT]: { ...recorded, mtimeMs: 0 } } });

    const run = runLauncher(bundleFolder, CHECK_ARGS);

    expect(run.status, run.stderr).toBe(0);
    // A rebuild would have recorded the file's real modification time.
    expect(readManifest(bundleFolder).inputs[TAMPERED_INPUT]?.mtimeMs).toBe(0);
  });

  it("rebuilds when the current build folder is missing", () => {
    const manifest = readManifest(bundleFolder);
    rmSync(path.join(bundleFolder, "builds", manifest.build), { recursive: true });

    const run = runLauncher(bundleFolder, CHECK_ARGS);

    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(bundleFolder, "builds", readManifest(bundleFolder).build, "main.js"))).toBe(true);
  });

  it("rebuilds when a chunk of the current build is missing", () => {
    const manifest = readManifest(bundleFolder);
    const checkChunk = manifest.outputs.find((output) => output.startsWith("check-"));
    expect(checkChunk).toBeDefined();
    const chunkFile = path.join(bundleFolder, "builds", manifest.build, checkChunk!);
    rmSync(chunkFile);

    const run = runLauncher(bundleFolder, CHECK_ARGS);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain("ERR_MODULE_NOT_FOUND");
    // The sources did not change, so the rebuild has the same id and replaces the incomplete folder.
    expect(existsSync(chunkFile)).toBe(true);
  });

  it("lists every JavaScript file of the build", () => {
    const manifest = readManifest(bundleFolder);
    const buildFolder = path.join(bundleFolder, "builds", manifest.build);
    const scripts = readdirSync(buildFolder).filter((name) => name.endsWith(".js"));

    expect(manifest.outputs).toEqual(scripts.sort());
    expect(manifest.outputs).toContain(manifest.entry);
  });
});

describe("TypeScript code cache", () => {
  let bundleFolder = "";
  let cacheFile = "";

  beforeAll(() => {
    bundleFolder = createBundleFolder();
    const first = runLauncher(bundleFolder, CHECK_ARGS);
    expect(first.status, first.stderr).toBe(0);
    const cacheFolder = path.join(bundleFolder, "code-cache");
    cacheFile = path.join(cacheFolder, readdirSync(cacheFolder)[0] ?? "missing");
  });

  it("is written by the first check", () => {
    expect(readdirSync(path.join(bundleFolder, "code-cache"))).toHaveLength(1);
    expect(statSync(cacheFile).size).toBeGreaterThan(1_000_000);
  });

  it("is kept when V8 accepts it", () => {
    const written = statSync(cacheFile);

    const run = runLauncher(bundleFolder, CHECK_ARGS);

    expect(run.status, run.stderr).toBe(0);
    // A rejected cache would have been written again, to a new file renamed over the old one.
    expect(statSync(cacheFile).ino).toBe(written.ino);
  });

  it("is replaced when V8 rejects it", () => {
    const garbage = Buffer.alloc(4096, 7);
    writeFileSync(cacheFile, garbage);

    const run = runLauncher(bundleFolder, [...CHECK_ARGS, "--format", "json"]);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(runFromSources([...CHECK_ARGS, "--format", "json"]).stdout);
    expect(readFileSync(cacheFile).equals(garbage)).toBe(false);
  });
});

describe("fieldpolicy launcher under concurrent runs", () => {
  it("publishes one complete build when several runs bundle at once", async () => {
    const bundleFolder = createBundleFolder();

    const runs = await Promise.all([1, 2, 3, 4].map(() => startLauncher(bundleFolder, CHECK_ARGS)));

    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain("bundling failed");
    }
    // A build folder still being written, or left by a run that lost the race, would be listed.
    expect(listBuilds(bundleFolder)).toEqual([readManifest(bundleFolder).build]);
  });
});

describe("fieldpolicy launcher without a bundle", () => {
  it("runs from the TypeScript sources when the bundle cannot be written", () => {
    // A bundle folder below a regular file cannot be created.
    const blocker = path.join(createBundleFolder(), "blocker");
    writeFileSync(blocker, "a file where the bundle folder would go\n", "utf8");

    const run = runLauncher(path.join(blocker, "bundle"), CHECK_ARGS);

    expect(run.status).toBe(0);
    expect(run.stderr).toContain("running from the TypeScript sources, because bundling failed");
    expect(statSync(blocker).isFile()).toBe(true);
  });
});
