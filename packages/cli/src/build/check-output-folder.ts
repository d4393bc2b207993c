// A successful build replaces the whole output folder, so `--out .` or `--out src` would delete
// the user's own files. The build therefore replaces only a folder that is missing, empty, or
// marked as written by an earlier build.

import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildDiagnostic, type Diagnostic } from "@fieldpolicy/core";
import type { OutputFile } from "./output-file";

/** Name of the marker file every build writes at the top of the output folder. */
export const OUTPUT_MARKER = ".fieldpolicy-output";

/** Code of an output folder that the build refuses to replace. */
export const UNSAFE_OUTPUT_FOLDER_CODE = "FP5004";

/** Returns the marker file, as the write step adds it to a build's files. */
export function buildOutputMarker(): OutputFile {
  return {
    path: OUTPUT_MARKER,
    contents: "Written by fieldpolicy build. The next build replaces this whole folder.\n",
    policy: "",
    generator: "build",
  };
}

/** Reports an output folder that a build must not replace, or returns null when replacing it is safe. */
export function checkOutputFolder(outDir: string, cwd: string): Diagnostic | null {
  const target = path.resolve(cwd, outDir);
  const relativeToTarget = path.relative(target, cwd);
  if (relativeToTarget === "" || (!relativeToTarget.startsWith("..") && !path.isAbsolute(relativeToTarget))) {
    return buildRefusal(outDir, "it is the working folder or contains it");
  }
  if (!existsSync(target)) {
    return null;
  }
  if (!statSync(target).isDirectory()) {
    return buildRefusal(outDir, "it is a file");
  }

  const entries = readdirSync(target, { withFileTypes: true });
  if (entries.length === 0 || entries.some((entry) => entry.name === OUTPUT_MARKER)) {
    return null;
  }
  // Outputs written before the marker existed: one folder per policy, each with its ir.json.
  const isEarlierOutput = entries.every(
    (entry) => entry.isDirectory() && existsSync(path.join(target, entry.name, "ir.json")),
  );
  return isEarlierOutput
    ? null
    : buildRefusal(outDir, `it contains files that fieldpolicy did not write (no ${OUTPUT_MARKER} marker)`);
}

function buildRefusal(outDir: string, reason: string): Diagnostic {
  return {
    ...buildDiagnostic({
      code: UNSAFE_OUTPUT_FOLDER_CODE,
      message: `The build will not replace the output folder ${outDir}, because ${reason}.`,
      hint: "Pass --out a new or empty folder, or one an earlier build wrote; a build replaces the whole folder.",
    }),
    file: outDir,
  };
}
