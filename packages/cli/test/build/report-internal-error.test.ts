// A file-system error ends a command with one line and a hint that fits the failed system call.
// These tests make real system calls fail: a write to /dev/full, and, when the tests run as root,
// files that the user `nobody` may not read or write.

import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CAN_RUN_AS_NOBODY = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;

// Readable and writable by `nobody`, so a run as that user can build its own bundle here.
const folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-file-errors-"));
chmodSync(folder, 0o777);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function runCli(args: string[], options: { asNobody?: boolean } = {}): { status: number | null; stderr: string } {
  const command = options.asNobody === true ? "setpriv" : process.execPath;
  const prefix = options.asNobody === true ? ["--reuid=nobody", "--regid=nogroup", "--clear-groups", process.execPath] : [];
  const run = spawnSync(command, [...prefix, CLI_LAUNCHER, ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      NO_COLOR: "1",
      ...(options.asNobody === true ? { HOME: folder, FIELDPOLICY_BUNDLE_DIR: path.join(folder, "bundle") } : {}),
    },
  });
  return { status: run.status, stderr: run.stderr };
}

describe("file-system error report", () => {
  it.skipIf(!existsSync("/dev/full"))("names a full disk", () => {
    const run = runCli(["test", "--format", "junit", "--output", "/dev/full"]);

    expect(run.stderr).toMatch(/^fieldpolicy: write failed with ENOSPC: [^\n]+\n/);
    expect(run.stderr).toContain("\nThe disk is full (or the disk quota is used up): free some space, then run the command again.\n");
    expect(run.stderr).not.toContain("    at ");
    expect(run.status).toBe(2);
  });

  it.runIf(CAN_RUN_AS_NOBODY)("asks for read access to a policy", () => {
    const policy = path.join(folder, "lead.policy.ts");
    copyFileSync(path.join(REPOSITORY_ROOT, "policies/lead.policy.ts"), policy);
    chmodSync(policy, 0o000);

    const run = runCli(["check", policy], { asNobody: true });

    expect(run.stderr).toContain(`fieldpolicy: open ${policy} failed with EACCES: `);
    expect(run.stderr).toContain("\nCheck that the path is readable, then run the command again.\n");
    expect(run.stderr).not.toContain("writable");
    expect(run.status).toBe(2);
  });

  it.runIf(CAN_RUN_AS_NOBODY)("asks for write access to an output", () => {
    const report = path.join(folder, "report.xml");
    writeFileSync(report, "");
    chmodSync(report, 0o444);

    const run = runCli(["test", "--format", "junit", "--output", report], { asNobody: true });

    expect(run.stderr).toContain(`fieldpolicy: open ${report} failed with EACCES: `);
    expect(run.stderr).toContain("\nCheck that the path is writable, then run the command again.\n");
    expect(run.status).toBe(2);
  });
});
