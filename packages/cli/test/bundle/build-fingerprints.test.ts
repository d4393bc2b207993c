// The bundler records each input as the build read it. A source saved while esbuild runs must
// leave a manifest that the launcher finds stale, or every later run would load the bundle built
// from the older contents.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFakeRepository } from "./fake-repository";
import { REPOSITORY_ROOT, type BundleManifest } from "./run-cli-entry";

// Imported through a variable, because the bundler is plain JavaScript without type declarations.
const BUNDLER_MODULE = path.join(REPOSITORY_ROOT, "packages/cli/scripts/bundle-cli.mjs");
const MANIFEST_MODULE = path.join(REPOSITORY_ROOT, "packages/cli/scripts/bundle-manifest.mjs");

interface EsbuildPlugin {
  name: string;
  setup(build: { onEnd(callback: () => void): void }): void;
}

interface Bundler {
  buildCliBundle(options: { repositoryRoot: string; bundleFolder: string; plugins?: EsbuildPlugin[] }): Promise<BundleManifest>;
}

interface ManifestReader {
  findStaleInput(manifest: BundleManifest, repositoryRoot: string): string | null;
}

const MAIN_SOURCE = 'import { message } from "./message";\nconsole.log(message);\n';
const MESSAGE_SOURCE = 'export const message = "first";\n';
const MESSAGE_INPUT = "packages/cli/src/message.ts";

const repositories: string[] = [];

afterEach(() => {
  for (const repository of repositories.splice(0)) {
    rmSync(repository, { recursive: true, force: true });
  }
});

function createRepository(): string {
  const repository = createFakeRepository({ "main.ts": MAIN_SOURCE, "message.ts": MESSAGE_SOURCE });
  repositories.push(repository);
  return repository;
}

// An esbuild plugin that saves `text` to message.ts after esbuild has read every source, which is
// where a save that races a rebuild lands.
function saveAfterReading(repository: string, text: string): EsbuildPlugin {
  return {
    name: "save-after-reading",
    setup(build) {
      build.onEnd(() => writeFileSync(path.join(repository, MESSAGE_INPUT), text, "utf8"));
    },
  };
}

function readBuiltEntry(bundleFolder: string, manifest: BundleManifest): string {
  return readFileSync(path.join(bundleFolder, "builds", manifest.build, manifest.entry), "utf8");
}

describe("bundle fingerprints", () => {
  const saves = [
    { name: "of another size", text: 'export const message = "second";\n' },
    { name: "of the same size", text: 'export const message = "later";\n' },
  ];

  for (const save of saves) {
    it(`mark a mid-build save ${save.name} stale`, async () => {
      const { buildCliBundle } = (await import(BUNDLER_MODULE)) as Bundler;
      const { findStaleInput } = (await import(MANIFEST_MODULE)) as ManifestReader;
      const repository = createRepository();
      const bundleFolder = path.join(repository, "packages/cli/dist");

      const manifest = await buildCliBundle({ repositoryRoot: repository, bundleFolder, plugins: [saveAfterReading(repository, save.text)] });

      expect(readBuiltEntry(bundleFolder, manifest)).toContain('"first"');
      expect(findStaleInput(manifest, repository)).toBe(`${MESSAGE_INPUT} changed`);
    });
  }

  it("match the sources after a quiet build", async () => {
    const { buildCliBundle } = (await import(BUNDLER_MODULE)) as Bundler;
    const { findStaleInput } = (await import(MANIFEST_MODULE)) as ManifestReader;
    const repository = createRepository();
    const bundleFolder = path.join(repository, "packages/cli/dist");
    await buildCliBundle({ repositoryRoot: repository, bundleFolder, plugins: [saveAfterReading(repository, 'export const message = "later";\n')] });

    const manifest = await buildCliBundle({ repositoryRoot: repository, bundleFolder });

    expect(readBuiltEntry(bundleFolder, manifest)).toContain('"later"');
    expect(findStaleInput(manifest, repository)).toBeNull();
    expect(Object.keys(manifest.inputs)).toContain("packages/cli/package.json");
    expect(Object.keys(manifest.inputs)).toContain("packages/cli/scripts/bundle-inputs.mjs");
  });
});
