import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REASON_CODES } from "../src/reason-codes";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SOURCE_DIR = path.resolve(HERE, "../src");
const DOC = readFileSync(path.resolve(HERE, "../../../docs/reason-codes.md"), "utf8");

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listSourceFiles(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : [],
  );
}

// Codes appear in the source as `reason: "code"`, in comparisons with a reason or problem, and
// as the literal results of the problem finders typed with reason codes. The event adapters
// under events/ have their own skip reasons, which are not decision reason codes.
function collectUsedCodes(): Set<string> {
  const used = new Set<string>();
  const patterns = [/(?:reason|problem)(?:\??:| ===?| !==?) "(\w+)"/g, /(?:reason|refusal|problem): "(\w+)"/g, /\): "(\w+)"(?: \| "(\w+)")+/g];
  for (const file of listSourceFiles(SOURCE_DIR)) {
    if (file.endsWith("reason-codes.ts") || file.includes(`${path.sep}events${path.sep}`)) {
      continue;
    }
    const text = readFileSync(file, "utf8");
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        match.slice(1).forEach((code) => code !== undefined && used.add(code));
      }
    }
    for (const match of text.matchAll(/Record<"(\w+)"(?: \| "(\w+)")*/g)) {
      match[0].match(/"\w+"/g)?.forEach((code) => used.add(code.slice(1, -1)));
    }
  }
  return used;
}

const DOCUMENTED = new Set([...DOC.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]!));

describe("reason codes", () => {
  const used = collectUsedCodes();
  const unknown = [...used].filter((code) => !Object.hasOwn(REASON_CODES, code));

  it("finds codes in the source", () => {
    expect(used.size).toBeGreaterThan(25);
  });

  it("lists every code the source uses", () => {
    expect(unknown).toEqual([]);
  });

  it("uses every listed code somewhere in the source", () => {
    const source = listSourceFiles(SOURCE_DIR)
      .filter((file) => !file.endsWith("reason-codes.ts"))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    expect(Object.keys(REASON_CODES).filter((code) => !source.includes(`"${code}"`))).toEqual([]);
  });

  it("documents every listed code", () => {
    expect(Object.keys(REASON_CODES).filter((code) => !DOCUMENTED.has(code))).toEqual([]);
  });

  it("documents no code outside the list", () => {
    expect([...DOCUMENTED].filter((code) => !Object.hasOwn(REASON_CODES, code))).toEqual([]);
  });

  it("describes each code in one line", () => {
    expect(Object.values(REASON_CODES).filter((text) => text.includes("\n") || !text.endsWith("."))).toEqual([]);
  });
});
