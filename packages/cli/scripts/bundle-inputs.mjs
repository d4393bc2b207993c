// Fingerprints of the files a build of the command line depends on, taken so that each describes
// the contents the build used. A source saved while esbuild runs must not be recorded with its new
// contents, or the launcher would take the stale bundle for a fresh one on every later run.
//
// Each fingerprint is the file's size, modification time and SHA-256, as the launcher compares
// them (bundle-manifest.mjs). The modification time is read before the contents. A file that
// changes in between is thus recorded with an older time than it has, so the next launcher hashes
// it and rebuilds unless the build used the new contents.

import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { hashBytes } from "./bundle-manifest.mjs";

// An input that was neither read through the source reader nor fingerprinted before the build
// counts as changed during the build when its modification time is this close to the build's
// start or later. FAT stores modification times in 2-second steps, and Linux stamps files from a
// coarse clock that can lag Date.now() by some milliseconds.
const MODIFICATION_TIME_STEP_MS = 2000;

/**
 * Creates the reader through which the bundler's plugin loads each source. `read` returns the
 * file's text and keeps the fingerprint of exactly those bytes in `fingerprints`, keyed by the
 * absolute path.
 */
export function createSourceReader() {
  const fingerprints = new Map();
  return {
    fingerprints,
    async read(file) {
      const { mtimeMs } = await stat(file);
      const contents = await readFile(file);
      fingerprints.set(file, { size: contents.length, mtimeMs, sha256: hashBytes(contents) });
      return contents.toString("utf8");
    },
  };
}

/** Fingerprints files now, for inputs the bundler takes before esbuild starts. Keyed by absolute path. */
export function fingerprintFiles(repositoryRoot, relativePaths) {
  const fingerprints = new Map();
  for (const relativePath of relativePaths) {
    const file = path.join(repositoryRoot, relativePath);
    fingerprints.set(file, fingerprintFile(file));
  }
  return fingerprints;
}

/**
 * Returns the manifest's inputs: each path with the fingerprint taken when it was read or before
 * the build, sorted by path. An input with neither is fingerprinted now, and recorded as changed
 * when it may have been modified after `buildStartMs`, so the next run rebuilds rather than trust
 * a bundle that may contain older contents.
 */
export function collectInputs(repositoryRoot, relativePaths, { takenFingerprints, buildStartMs }) {
  const inputs = {};
  for (const relativePath of [...new Set(relativePaths)].sort()) {
    const file = path.join(repositoryRoot, relativePath);
    inputs[relativePath] = takenFingerprints.get(file) ?? fingerprintAfterBuild(file, buildStartMs);
  }
  return inputs;
}

function fingerprintAfterBuild(file, buildStartMs) {
  const fingerprint = fingerprintFile(file);
  if (fingerprint.mtimeMs < buildStartMs - MODIFICATION_TIME_STEP_MS) {
    return fingerprint;
  }
  // The launcher hashes a file whose modification time differs, and this hash matches no file.
  return { size: fingerprint.size, mtimeMs: -1, sha256: "modified during the build" };
}

function fingerprintFile(file) {
  const { mtimeMs } = statSync(file);
  const contents = readFileSync(file);
  return { size: contents.length, mtimeMs, sha256: hashBytes(contents) };
}
