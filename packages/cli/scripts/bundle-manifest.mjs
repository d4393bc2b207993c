// The manifest of the command line's bundle: which build is current and which files it was built
// from, so the launcher can tell whether a source changed since. It runs before every command, so
// it uses only Node's built-in modules and stats files rather than reading them where it can.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Name of the manifest file in the bundle folder. */
export const MANIFEST_FILE = "bundle.json";

/** Folder of the bundle folder that contains one subfolder per build. */
export const BUILDS_FOLDER = "builds";

// Bumped when the manifest's shape changes, so a launcher never trusts a manifest it cannot read.
// Version 2 added `outputs`.
const MANIFEST_VERSION = 2;

/**
 * Reads the bundle folder's manifest. Returns null when there is none or it is unreadable, which
 * the launcher treats as a stale bundle.
 */
export function readBundleManifest(bundleFolder) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(bundleFolder, MANIFEST_FILE), "utf8"));
  } catch {
    return null;
  }
  return manifest?.version === MANIFEST_VERSION ? manifest : null;
}

/**
 * Finds the first reason the bundle described by `manifest` no longer matches the repository, or
 * returns null when it matches. An input counts as changed when its size differs, or when its
 * modification time differs and so does its SHA-256, so a checkout that only touches files does
 * not force a rebuild.
 *
 * NOTE: only recorded inputs are compared, so a new file that would take precedence in resolving
 * an unchanged import (a `foo.tsx` added beside `foo.ts`) goes unnoticed until an input changes.
 */
export function findStaleInput(manifest, repositoryRoot) {
  // Paths to the sources and dependencies are absolute in the bundle, so a moved checkout needs a
  // new one.
  if (manifest.repositoryRoot !== repositoryRoot) {
    return `the repository moved from ${manifest.repositoryRoot}`;
  }

  for (const [relativePath, recorded] of Object.entries(manifest.inputs)) {
    const file = path.join(repositoryRoot, relativePath);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats === undefined) {
      return `${relativePath} was removed`;
    }
    if (stats.size !== recorded.size) {
      return `${relativePath} changed`;
    }
    if (stats.mtimeMs !== recorded.mtimeMs && hashFile(file) !== recorded.sha256) {
      return `${relativePath} changed`;
    }
  }
  return null;
}

/** Returns the absolute path of the entry module of the build a manifest names. */
export function resolveBundleEntry(bundleFolder, manifest) {
  return path.join(bundleFolder, BUILDS_FOLDER, manifest.build, manifest.entry);
}

/**
 * Finds a file of the current build that is missing, such as a chunk someone deleted, and returns
 * its path in the build folder, or null when the build is complete. Without this check the
 * launcher would load main.js and fail on the first import of the missing chunk.
 */
export function findMissingOutput(bundleFolder, manifest) {
  const buildFolder = path.join(bundleFolder, BUILDS_FOLDER, manifest.build);
  return manifest.outputs.find((output) => !existsSync(path.join(buildFolder, output))) ?? null;
}

/**
 * Writes the manifest that makes `build` the current bundle. `outputs` lists the build's JavaScript
 * files, relative to its folder, and `inputs` the fingerprints of the files it was built from. The
 * file is written beside its final name and renamed over it, so a concurrent launcher reads either
 * the old manifest or the new one.
 */
export function writeBundleManifest(bundleFolder, { repositoryRoot, build, entry, outputs, inputs }) {
  const manifest = { version: MANIFEST_VERSION, repositoryRoot, build, entry, outputs, inputs };
  const target = path.join(bundleFolder, MANIFEST_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  renameSync(temporary, target);
  return manifest;
}

/** Returns the SHA-256 of a file's bytes, in hexadecimal. */
export function hashFile(file) {
  return hashBytes(readFileSync(file));
}

/** Returns the SHA-256 of `bytes`, in hexadecimal. */
export function hashBytes(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
