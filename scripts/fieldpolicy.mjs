#!/usr/bin/env node
// Starts the `fieldpolicy` command line from its JavaScript bundle (packages/cli/dist), which loads
// in a fraction of the time tsx needs to transpile the TypeScript sources. The bundle is rebuilt
// first when a source it was built from changed, so an edit takes effect on the next run. When
// bundling fails, the command runs from its sources through tsx instead, as it did before there was
// a bundle.
//
// The bundle folder also keeps a V8 code cache of the TypeScript compiler (code-cache/), which
// spares each process most of compiling it.
//
// FIELDPOLICY_BUNDLE_DIR sets another bundle folder (tests use their own).

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { findStaleInput, readBundleManifest, resolveBundleEntry } from "../packages/cli/scripts/bundle-manifest.mjs";
import { installTypeScriptCodeCache } from "../packages/cli/scripts/typescript-code-cache.mjs";

const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), "../..");
const bundleFolder = path.resolve(process.env["FIELDPOLICY_BUNDLE_DIR"] ?? path.join(repositoryRoot, "packages/cli/dist"));

const entry = findFreshEntry() ?? (await rebuildEntry());

if (entry === null) {
  await runFromSources();
} else {
  // The bundle carries source maps, so the stack trace of an internal error names the sources.
  process.setSourceMapsEnabled(true);
  installTypeScriptCodeCache(path.join(bundleFolder, "code-cache"));
  await import(pathToFileURL(entry).href);
}

// Returns the current build's entry when it matches the sources, or null when it must be rebuilt.
function findFreshEntry() {
  try {
    const manifest = readBundleManifest(bundleFolder);
    if (manifest === null || findStaleInput(manifest, repositoryRoot) !== null) {
      return null;
    }
    const entry = resolveBundleEntry(bundleFolder, manifest);
    return existsSync(entry) ? entry : null;
  } catch {
    // A manifest of another shape, or an input that cannot be read: bundling again either
    // repairs it or reports why it cannot.
    return null;
  }
}

// Rebuilds the bundle and returns its entry, or null after reporting why it could not be built.
async function rebuildEntry() {
  try {
    // The bundler loads esbuild, so only a run that rebuilds loads it.
    const { buildCliBundle } = await import("../packages/cli/scripts/bundle-cli.mjs");
    const manifest = await buildCliBundle({ repositoryRoot, bundleFolder });
    return resolveBundleEntry(bundleFolder, manifest);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`fieldpolicy: running from the TypeScript sources, because bundling failed: ${reason}\n`);
    return null;
  }
}

// Runs the entry point through tsx's loader, which is how `pnpm fieldpolicy` ran before the bundle.
async function runFromSources() {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(repositoryRoot, "packages/cli/src/main.ts")).href);
}
