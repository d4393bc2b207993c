import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderCanonicalJson } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CONFLICTS = [
  '{"record":"00Q1","field":"leadStatus","base":{"value":"Working","at":"2026-11-01T09:00:00Z"},"changes":[{"system":"map","value":"OPEN_DEAL","at":"2026-12-01T12:00:00Z","actor":"wf"}]}',
  '{"record":"00Q2","field":"consent","base":{"value":false,"at":"2026-06-01T00:00:00Z"},"changes":[{"system":"crm","value":true,"at":"2026-12-01T14:59:00Z","actor":"rep"}]}',
].join("\n");

let folder = "";
let irFile = "";

function resolveWith(policy: string) {
  return spawnSync("pnpm", ["-s", "fieldpolicy", "resolve", "--policy", policy, "--now", "2026-12-01T15:00:00Z"], {
    cwd: ROOT,
    input: CONFLICTS,
    encoding: "utf8",
  });
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-ir-"));
  const compiled = compilePolicy("policies/lead.policy.ts", { cwd: ROOT });
  irFile = path.join(folder, "ir.json");
  writeFileSync(irFile, renderCanonicalJson(compiled.ir));
});

describe("resolve --policy with a built IR", () => {
  it("gives the same decisions as the policy file", () => {
    const fromIr = resolveWith(irFile);
    const fromPolicy = resolveWith("policies/lead.policy.ts");

    expect(fromIr.status).toBe(0);
    expect(fromIr.stdout).toBe(fromPolicy.stdout);
  });

  it("rejects JSON that is not an IR", () => {
    const notIr = path.join(folder, "not-ir.json");
    writeFileSync(notIr, '{"name":"lead"}');

    const result = resolveWith(notIr);

    expect(result.stderr).toContain(`--policy ${notIr} is not a fieldpolicy IR`);
    expect(result.status).toBe(1);
  });
});
