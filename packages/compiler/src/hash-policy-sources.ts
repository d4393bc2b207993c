import path from "node:path";
import { createHash } from "node:crypto";

/**
 * Hashes the policy file and the files it imports. Each file contributes its path relative to the
 * policy's folder and its text, in path order, so the hash changes with any edit or rename inside
 * the policy but not with the folder the compiler runs from.
 */
export function hashPolicySources(sources: ReadonlyMap<string, string>, options: { cwd: string; policyFolder: string }): string {
  const entries = [...sources].map(([displayPath, text]) => {
    const relative = path.relative(options.policyFolder, path.resolve(options.cwd, displayPath)).split(path.sep).join("/");
    return [relative, text] as const;
  });
  // Code-unit order, not locale order, so the hash is the same on every machine.
  entries.sort(([left], [right]) => compareCodeUnits(left, right));

  const hash = createHash("sha256");
  for (const [relative, text] of entries) {
    // NUL cannot occur in a path, so it separates path from text without ambiguity.
    hash.update(relative, "utf8").update("\0").update(text, "utf8").update("\0");
  }
  return hash.digest("hex");
}

function compareCodeUnits(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
