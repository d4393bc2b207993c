// Bundles the command line into JavaScript with esbuild, so `pnpm fieldpolicy` starts without
// transpiling a few hundred TypeScript modules through tsx's loader hooks on every run.
//
// Layout of the bundle folder:
//   bundle.json            the manifest: current build, its JavaScript files, and the inputs it
//                          was built from
//   builds/<id>/           one build: main.js, one chunk per command and shared chunks, source maps
//   builds/tmp-<pid>-<n>/  a build being written, at the same depth, so the source maps' relative
//                          paths to the sources stay right after the rename
//   code-cache/            the launcher's V8 code cache of the TypeScript compiler
// A build's id is a hash of its inputs, and a build is only ever published by renaming its
// finished folder, so concurrent runs never load a half-written chunk.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHash, randomUUID } from "node:crypto";
import { build } from "esbuild";
import { BUILDS_FOLDER, writeBundleManifest } from "./bundle-manifest.mjs";
import { collectInputs, createSourceReader, fingerprintFiles } from "./bundle-inputs.mjs";
import { externalDependencies, REQUIRE_BANNER } from "./bundle-dependencies.mjs";
import { sourceLocationDefines, sourceLocations } from "./bundle-source-locations.mjs";

/** Path of the command line's TypeScript entry point, relative to the repository. */
export const CLI_ENTRY = "packages/cli/src/main.ts";

/** Default bundle folder, relative to the repository. Git ignores it. */
export const DEFAULT_BUNDLE_FOLDER = "packages/cli/dist";

const TEMPORARY_PREFIX = "tmp-";

// Older builds are removed once they are this old, not at once, because a command still running
// from one may yet import one of its chunks. Commands import their chunks as they start, so a few
// minutes cover them, and a workspace under edit (about 2.7 MB a build) does not pile up builds.
// NOTE: a command that first imports a chunk later than this after a rebuild fails to load it.
const STALE_BUILD_AGE_MS = 10 * 60 * 1000;

// Files besides the bundled sources whose change makes the bundle stale: this bundler (its options
// and plugins), and the lockfile, because the bundle imports each dependency by the path of the
// installed version.
export const BUNDLER_FILES = [
  "packages/cli/scripts/bundle-cli.mjs",
  "packages/cli/scripts/bundle-dependencies.mjs",
  "packages/cli/scripts/bundle-inputs.mjs",
  "packages/cli/scripts/bundle-manifest.mjs",
  "packages/cli/scripts/bundle-source-locations.mjs",
];
const LOCKFILE = "pnpm-lock.yaml";

/**
 * Bundles the command line from the repository's sources into `bundleFolder` and makes it the
 * current build. Returns the manifest it wrote. Throws esbuild's error when a source does not
 * bundle (a syntax error, an import that does not resolve). `plugins` run before the bundler's own
 * esbuild plugins. Tests use them to edit a source while esbuild runs.
 */
export async function buildCliBundle({ repositoryRoot, bundleFolder, plugins = [] }) {
  const temporary = path.join(bundleFolder, BUILDS_FOLDER, `${TEMPORARY_PREFIX}${process.pid}-${randomUUID()}`);
  mkdirSync(temporary, { recursive: true });

  let built;
  try {
    built = await bundleAndFingerprint({ repositoryRoot, outdir: temporary, plugins });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }

  const { inputs, outputs } = built;
  const id = hashInputs(repositoryRoot, inputs);
  publishBuild({ bundleFolder, temporary, id, outputs });

  const manifest = writeBundleManifest(bundleFolder, { repositoryRoot, build: id, entry: "main.js", outputs, inputs });
  removeStaleBuilds(bundleFolder, id);
  return manifest;
}

// Bundles the sources and fingerprints each input as the build used it: a source as the plugin
// read it, and the other inputs before esbuild starts. Fingerprints taken after the build would
// describe a source saved during it, which the bundle does not contain.
async function bundleAndFingerprint({ repositoryRoot, outdir, plugins }) {
  const buildStartMs = Date.now();
  const otherInputs = [...BUNDLER_FILES, ...existing(repositoryRoot, [LOCKFILE])];
  const takenFingerprints = fingerprintFiles(repositoryRoot, [...listPackageManifests(repositoryRoot), ...otherInputs]);
  const sourceReader = createSourceReader();

  const { sources, outputs } = await bundleSources({ repositoryRoot, outdir, plugins, readSource: sourceReader.read });

  for (const [file, fingerprint] of sourceReader.fingerprints) {
    takenFingerprints.set(file, fingerprint);
  }
  const inputs = collectInputs(repositoryRoot, [...sources, ...findPackageManifests(sources), ...otherInputs], { takenFingerprints, buildStartMs });
  return { inputs, outputs };
}

// Runs esbuild. Returns the repository-relative paths of the sources it bundled, and the paths of
// the JavaScript files it wrote, relative to `outdir`.
async function bundleSources({ repositoryRoot, outdir, plugins, readSource }) {
  const result = await build({
    entryPoints: [path.join(repositoryRoot, CLI_ENTRY)],
    absWorkingDir: repositoryRoot,
    outdir,
    bundle: true,
    // Each command module, and the compiler, store and generators behind them, stays a chunk of
    // its own that is loaded only when commands/index.ts imports it.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Resolve packages as Node does: without esbuild's default `module` condition and main field,
    // which name builds meant for bundlers.
    conditions: [],
    mainFields: ["main"],
    // Stack traces of internal errors point at the TypeScript sources, as they did through tsx.
    sourcemap: "linked",
    metafile: true,
    logLevel: "silent",
    plugins: [...plugins, externalDependencies(), sourceLocations({ readSource })],
    define: sourceLocationDefines(),
    banner: { js: REQUIRE_BANNER },
  });

  // Modules a plugin made up (named `namespace:path`) have no file of their own to compare.
  const sources = Object.keys(result.metafile.inputs).filter((input) => !/^[\w-]+:/.test(input));
  // The metafile's paths are relative to absWorkingDir. Source maps are left out, because a
  // build runs without them.
  const outputs = Object.keys(result.metafile.outputs)
    .filter((output) => output.endsWith(".js"))
    .map((output) => path.relative(outdir, path.resolve(repositoryRoot, output)))
    .sort();
  return { sources, outputs };
}

// A workspace package's manifest decides how its entry resolves, so it is an input of every
// bundle that contains the package's sources.
function findPackageManifests(sources) {
  const manifests = new Set();
  for (const source of sources) {
    const [group, name] = source.split("/");
    if (group === "packages" || group === "generators") {
      manifests.add(`${group}/${name}/package.json`);
    }
  }
  return [...manifests];
}

// Lists the manifests of all workspace packages, fingerprinted before the build, because which of
// them the bundle depends on is known only after it.
function listPackageManifests(repositoryRoot) {
  const manifests = [];
  for (const group of ["packages", "generators"]) {
    const groupFolder = path.join(repositoryRoot, group);
    if (!existsSync(groupFolder)) {
      continue;
    }
    const names = listFolders(groupFolder).map((folder) => path.basename(folder));
    manifests.push(...existing(repositoryRoot, names.map((name) => `${group}/${name}/package.json`)));
  }
  return manifests;
}

function existing(repositoryRoot, relativePaths) {
  return relativePaths.filter((relativePath) => statSync(path.join(repositoryRoot, relativePath), { throwIfNoEntry: false }) !== undefined);
}

// Equal inputs give an equal id, so runs that bundle the same sources at once publish one build.
function hashInputs(repositoryRoot, inputs) {
  const hash = createHash("sha256").update(repositoryRoot);
  for (const [relativePath, { sha256 }] of Object.entries(inputs)) {
    hash.update(`\n${relativePath} ${sha256}`);
  }
  return hash.digest("hex").slice(0, 16);
}

// Renames the finished build into place. When another run published the same id first, its
// folder contains the same files, so this run's copy is dropped. When files are missing from that
// folder (someone deleted a chunk), this run's copy replaces it.
function publishBuild({ bundleFolder, temporary, id, outputs }) {
  const builds = path.join(bundleFolder, BUILDS_FOLDER);
  const target = path.join(builds, id);
  mkdirSync(builds, { recursive: true });
  if (renameIntoPlace(temporary, target)) {
    return;
  }
  if (outputs.some((output) => !existsSync(path.join(target, output)))) {
    moveAside(target, builds);
    if (renameIntoPlace(temporary, target)) {
      return;
    }
  }
  // Another run published a complete copy first.
  rmSync(temporary, { recursive: true, force: true });
}

// Returns false when `target` already exists.
function renameIntoPlace(temporary, target) {
  try {
    renameSync(temporary, target);
    return true;
  } catch (error) {
    if (error.code === "ENOTEMPTY" || error.code === "EEXIST") {
      return false;
    }
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

// Renames an incomplete build to a temporary name, which removeStaleBuilds deletes once it is old.
// Another run that repairs the same build may have moved it already.
function moveAside(buildFolder, builds) {
  try {
    renameSync(buildFolder, path.join(builds, `${TEMPORARY_PREFIX}${process.pid}-${randomUUID()}`));
  } catch (error) {
    if (error.code !== "ENOENT") {
      throw error;
    }
  }
}

// Removes builds other than the current one, and folders of interrupted runs, once they are old.
function removeStaleBuilds(bundleFolder, currentId) {
  const cutoff = Date.now() - STALE_BUILD_AGE_MS;
  const candidates = listFolders(path.join(bundleFolder, BUILDS_FOLDER)).filter((folder) => path.basename(folder) !== currentId);
  for (const folder of candidates) {
    const stats = statSync(folder, { throwIfNoEntry: false });
    if (stats !== undefined && stats.mtimeMs < cutoff) {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

function listFolders(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(folder, entry.name));
}

// `node packages/cli/scripts/bundle-cli.mjs` bundles into the default folder.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), "../../../..");
  const manifest = await buildCliBundle({ repositoryRoot, bundleFolder: path.join(repositoryRoot, DEFAULT_BUNDLE_FOLDER) });
  console.log(`Bundled ${Object.keys(manifest.inputs).length} files into build ${manifest.build}.`);
}
