#!/usr/bin/env node
// Starts the `fieldpolicy` command line from its JavaScript bundle (packages/cli/dist), which loads
// in a fraction of the time tsx needs to transpile the TypeScript sources. The bundle is rebuilt
// first when a source it was built from changed, so an edit takes effect on the next run. When
// bundling fails, the command runs from its sources through tsx instead, as it did before there was
// a bundle. A command that then loads a source that does not compile exits with code 2 (usage or
// internal error), because the error is in fieldpolicy's own code.
//
// The bundle folder also keeps a V8 code cache of the TypeScript compiler (code-cache/), which
// spares each process most of compiling it.
//
// FIELDPOLICY_BUNDLE_DIR sets another bundle folder (tests use their own).

import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { findMissingOutput, findStaleInput, readBundleManifest, resolveBundleEntry } from "../packages/cli/scripts/bundle-manifest.mjs";
import { installTypeScriptCodeCache } from "../packages/cli/scripts/typescript-code-cache.mjs";

const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), "../..");
// The exit code of usage and internal errors, as packages/cli/src/exit-codes.ts defines it.
const EXIT_USAGE = 2;
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

// Returns the current build's entry when it matches the sources and none of its files is missing,
// or null when it must be rebuilt.
function findFreshEntry() {
  try {
    const manifest = readBundleManifest(bundleFolder);
    if (manifest === null || findStaleInput(manifest, repositoryRoot) !== null || findMissingOutput(bundleFolder, manifest) !== null) {
      return null;
    }
    return resolveBundleEntry(bundleFolder, manifest);
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
    process.stderr.write(`fieldpolicy: running from the TypeScript sources, because bundling failed: ${describeBundlingError(error)}\n`);
    return null;
  }
}

// Returns esbuild's first error as `file:line:column: text`, or the first line of another error.
// esbuild's message starts with "Build failed with N errors:" and lists the errors after it.
function describeBundlingError(error) {
  const first = error?.errors?.[0];
  if (first === undefined) {
    return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
  if (!first.location) {
    return first.text;
  }
  const { file, line, column } = first.location;
  // esbuild counts columns from 0, and editors count them from 1.
  return `${file}:${line}:${column + 1}: ${first.text}`;
}

// Runs the entry point through tsx's loader, which is how `pnpm fieldpolicy` ran before the bundle.
async function runFromSources() {
  const { register } = await import("tsx/esm/api");
  register();
  try {
    await import(pathToFileURL(path.join(repositoryRoot, "packages/cli/src/main.ts")).href);
  } catch (error) {
    // tsx raises a TransformError when a source it loads does not compile. Any other error is
    // the command's own and keeps its stack trace.
    if (error?.name !== "TransformError") {
      throw error;
    }
    process.stderr.write(
      `fieldpolicy: cannot run, because a source file of fieldpolicy itself (not your policy) does not compile: ${describeTransformError(error)}\n` +
        "Fix that file, or report the error if you did not change it.\n",
    );
    process.exitCode = EXIT_USAGE;
  }
}

// tsx's message is "Transform failed with N errors:" followed by one `file:line:column: ERROR: text`
// line per error, with an absolute path and esbuild's columns, which count from 0.
function describeTransformError(error) {
  const firstError = error.message.split("\n")[1] ?? error.message;
  const match = /^(.+):(\d+):(\d+): ERROR: (.*)$/.exec(firstError);
  if (match === null) {
    return firstError;
  }
  const [, file, line, column, text] = match;
  return `${path.relative(repositoryRoot, file)}:${line}:${Number(column) + 1}: ${text}`;
}
