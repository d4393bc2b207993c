import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { diffPolicies } from "../src/diff/diff-policies";
import { loadDiffSide } from "../src/diff/load-diff-side";
import { renderDiff } from "../src/diff/render-diff";
import { writeRiskyHead } from "./build-risky-head";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
let HEAD_FOLDER = "";

beforeAll(() => {
  HEAD_FOLDER = writeRiskyHead(ROOT);
});

function diffDefaultPolicy(format: "markdown" | "json"): string {
  const base = loadDiffSide("policies", ROOT);
  const head = loadDiffSide(HEAD_FOLDER, ROOT);
  const [before] = base.policies;
  const [after] = head.policies;
  if (before === undefined || after === undefined) {
    throw new Error(`a side failed to compile: ${JSON.stringify([...base.diagnostics, ...head.diagnostics])}`);
  }
  return renderDiff(diffPolicies(before, after), format);
}

function runCli(args: string[]) {
  return spawnSync("pnpm", ["-s", "fieldpolicy", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("diff of the default policy", () => {
  it("matches the golden Markdown", () => {
    const golden = `${ROOT}test/fixtures/diff/expected.md`;
    const actual = diffDefaultPolicy("markdown");
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(golden, actual);
    }

    expect(actual).toBe(readFileSync(golden, "utf8"));
  });

  it("reports the three risky edits as errors", () => {
    const report = JSON.parse(diffDefaultPolicy("json")) as {
      changes: { severity: string; field: string; kind: string }[];
    };
    const errors = report.changes
      .filter((change) => change.severity === "error")
      .map((change) => `${change.field} ${change.kind}`);

    expect(errors).toContain("leadStatus system-of-record-changed");
    expect(errors).toContain("leadOwner tier-lowered");
    expect(errors).toContain("consent sync-interval-past-limit");
  });
});

describe("fieldpolicy diff exit codes", () => {
  it("exits 1 when an error-level change is found", () => {
    expect(runCli(["diff", "policies", HEAD_FOLDER]).status).toBe(1);
  });

  it("exits 0 for identical sides", () => {
    expect(runCli(["diff", "policies", "policies"]).status).toBe(0);
  });

  it("exits 2 for a side that is neither path nor revision", () => {
    const result = runCli(["diff", "no-such-revision-or-path", "policies"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no-such-revision-or-path is neither a file, a folder nor a readable git revision");
  });

  it("reads a git revision of the policy folder", () => {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();

    const result = runCli(["diff", `${head}:policies`, `${head}:policies`, "--format", "json"]);

    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ changes: [], summary: { error: 0, info: 0, warning: 0 } });
  });
});
