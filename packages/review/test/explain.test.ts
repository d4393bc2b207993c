import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ConflictInput, PolicyIR } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { resolveConflict } from "@fieldpolicy/runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { explainConflict } from "../src/explain/explain-conflict";
import { renderExplanation } from "../src/explain/render-explanation";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const NOW = new Date("2026-12-01T15:00:00Z");

const STATUS_CONFLICT: ConflictInput = {
  record: "00Q5f000005bwLFEAY",
  field: "leadStatus",
  base: { value: "Working", at: "2026-11-25T09:00:00Z" },
  changes: [
    { system: "map", value: "OPEN_DEAL", at: "2026-12-01T12:00:00Z", actor: "workflow" },
    {
      system: "map",
      value: "CONNECTED",
      at: "2026-12-01T12:30:00Z",
      actor: "sequence",
      context: { lastActivityAt: "2026-11-28T10:00:00Z" },
    },
    { system: "crm", value: "Working - Contacted", at: "2026-12-01T11:00:00.000+0000", actor: "rep" },
  ],
};

let ir: PolicyIR;

beforeAll(() => {
  const compiled = compilePolicy("policies/lead.policy.ts", { cwd: ROOT });
  if (compiled.ir === null) {
    throw new Error("the default policy compiles");
  }
  ir = compiled.ir;
});

describe("explainConflict", () => {
  it("reaches the same decision as resolve", () => {
    const explanation = explainConflict(ir, STATUS_CONFLICT, { now: NOW });

    expect(explanation.decision).toEqual(resolveConflict(ir, STATUS_CONFLICT, { now: NOW }));
  });

  it("consults the field's rule parts in precedence order", () => {
    const explanation = explainConflict(ir, STATUS_CONFLICT, { now: NOW });
    const consulted = explanation.steps.filter((step) => step.consulted).map((step) => step.part);

    expect(consulted).toEqual([
      "protectedValues",
      "limitedValues",
      "recentActivityLock",
      "ownerWins",
      "settleOpenChanges",
    ]);
  });

  it("names the part that rejected each change", () => {
    const explanation = explainConflict(ir, STATUS_CONFLICT, { now: NOW });
    const rejections = explanation.steps.flatMap((step) =>
      step.verdicts.map((verdict) => `${step.part} ${verdict.index} ${verdict.reason}`),
    );

    expect(rejections).toEqual(["limitedValues 1 limitedValue", "recentActivityLock 2 recentActivity"]);
  });

  it("shows each change's normalization", () => {
    const explanation = explainConflict(ir, STATUS_CONFLICT, { now: NOW });

    expect(explanation.changes.map((change) => [change.native, change.canonical, change.at])).toEqual([
      ["Working - Contacted", "Working", "2026-12-01T11:00:00.000Z"],
      ["OPEN_DEAL", "Qualified", "2026-12-01T12:00:00.000Z"],
      ["CONNECTED", "Engaged", "2026-12-01T12:30:00.000Z"],
    ]);
  });

  it("marks a change settled before the rule parts", () => {
    const explanation = explainConflict(ir, STATUS_CONFLICT, { now: NOW });

    expect(explanation.changes[0]?.settled).toEqual({ disposition: "applied", reason: "unchanged" });
  });

  it("reports an invalid conflict instead of throwing", () => {
    const explanation = explainConflict(ir, { record: "x" } as ConflictInput, { now: NOW });

    expect(explanation.error).toBe('The conflict is missing the key "field".');
  });

  it("renders the three sections", () => {
    const text = renderExplanation(ir, explainConflict(ir, STATUS_CONFLICT, { now: NOW }));

    expect(text).toContain("1. Normalization");
    expect(text).toContain("2. Rule parts, in precedence order");
    expect(text).toContain("3. Decision");
    expect(text).toContain('rejected change 2 (HubSpot "Qualified"): limitedValue');
  });
});

describe("fieldpolicy explain", () => {
  function runCli(args: string[]) {
    return spawnSync(
      "pnpm",
      ["-s", "fieldpolicy", "explain", "--policy", "policies/lead.policy.ts", "--now", NOW.toISOString(), ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
  }

  it("reads the conflict from standard input", () => {
    const result = spawnSync(
      "pnpm",
      ["-s", "fieldpolicy", "explain", "--policy", "policies/lead.policy.ts", "--now", NOW.toISOString()],
      {
        cwd: ROOT,
        encoding: "utf8",
        input: JSON.stringify(STATUS_CONFLICT) + "\n",
      },
    );

    expect(result.stdout).toContain("Conflict on Lead Status (leadStatus) of record 00Q5f000005bwLFEAY");
  });

  it("explains a line of a JSON-lines file", () => {
    const input = path.join(mkdtempSync(path.join(tmpdir(), "fieldpolicy-explain-")), "conflicts.jsonl");
    writeFileSync(
      input,
      `{"record":"other","field":"company","base":null,"changes":[]}\n${JSON.stringify(STATUS_CONFLICT)}\n`,
    );

    const result = runCli(["--input", input, "--line", "2"]);

    expect(result.stdout).toContain("Conflict on Lead Status (leadStatus) of record 00Q5f000005bwLFEAY");
    expect(result.status).toBe(0);
  });

  it("reads a file that starts with a byte order mark", () => {
    const input = path.join(mkdtempSync(path.join(tmpdir(), "fieldpolicy-explain-")), "conflicts.jsonl");
    writeFileSync(input, `\uFEFF${JSON.stringify(STATUS_CONFLICT)}\n`);

    const result = runCli(["--input", input, "--line", "1"]);

    expect(result.stdout).toContain("Conflict on Lead Status (leadStatus) of record 00Q5f000005bwLFEAY");
    expect(result.status).toBe(0);
  });

  it("exits 1 for an invalid conflict", () => {
    const result = runCli(['{"record":"x"}']);

    expect(result.stdout).toContain("The input is not a valid conflict");
    expect(result.status).toBe(1);
  });

  it("exits 2 when standard input holds no conflict", () => {
    const result = runCli([]);

    expect(result.stderr).toContain("standard input has no conflict on line 1.");
    expect(result.status).toBe(2);
  });
});

describe("explainConflict on input that exhausts the stack", () => {
  it("returns an explanation with an error", () => {
    let value: unknown = 1;
    for (let level = 0; level < 20_000; level += 1) {
      value = [value];
    }
    const conflict = { ...STATUS_CONFLICT, changes: [{ ...STATUS_CONFLICT.changes[0]!, value }] };
    const explanation = explainConflict(ir, conflict, { now: NOW });
    expect(explanation.error).toMatch(/could not be resolved/);
    expect(explanation.decision).toBeNull();
  });
});
