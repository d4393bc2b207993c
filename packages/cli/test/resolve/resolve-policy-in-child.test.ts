// `resolve --policy <source>` compiles the policy in a child process, so the TypeScript compiler
// never enters the heap of the resolve stream. These tests run the real compiler through the
// launcher. They inject faults into the child with a module that NODE_OPTIONS preloads into every
// Node process of the run, and that acts only in the process whose arguments name the hidden
// `compile-policy` command.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderCanonicalJson } from "@fieldpolicy/core";
import { compilePolicy } from "@fieldpolicy/compiler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_LAUNCHER } from "../../../../test/support/cli-launcher";
import { loadPolicyOption } from "../../src/commands/runtime-options";
import { runFromSources } from "../bundle/run-cli-entry";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const POLICY = "policies/lead.policy.ts";
const NOW = "2026-12-01T15:00:00Z";
const CONFLICTS = [
  '{"record":"00Q1","field":"leadStatus","base":{"value":"Working","at":"2026-11-01T09:00:00Z"},"changes":[{"system":"map","value":"OPEN_DEAL","at":"2026-12-01T12:00:00Z","actor":"wf"}]}',
  '{"record":"00Q2","field":"consent","base":{"value":false,"at":"2026-06-01T00:00:00Z"},"changes":[{"system":"crm","value":true,"at":"2026-12-01T14:59:00Z","actor":"rep"}]}',
].join("\n");

// A policy whose `name` has the wrong type, so the compiler reports a type error.
const POLICY_WITH_ERRORS = [
  'import { definePolicy } from "@fieldpolicy/core";',
  "",
  "export default definePolicy({ name: 42 });",
  "",
].join("\n");

// Preloaded into every process of a run. In the parent it reports at exit whether the
// TypeScript compiler was loaded. In the child it does what FIELDPOLICY_TEST_CHILD_FAULT names.
// The fault "hang" writes the child's PID to FIELDPOLICY_TEST_CHILD_PID_FILE and blocks the child
// for good. With FIELDPOLICY_TEST_PARENT_EXIT set, the parent then exits with code 3.
const PRELOAD = `
const fs = require("node:fs");
const isChild = process.argv.includes("compile-policy");
const fault = process.env.FIELDPOLICY_TEST_CHILD_FAULT;
const pidFile = process.env.FIELDPOLICY_TEST_CHILD_PID_FILE;
if (!isChild) {
  process.on("exit", () => {
    const loaded = Object.keys(require.cache).some((file) => file.endsWith("typescript.js"));
    process.stderr.write("typescript.js loaded in the parent: " + loaded + "\\n");
  });
  if (process.env.FIELDPOLICY_TEST_PARENT_EXIT !== undefined) {
    setInterval(() => fs.existsSync(pidFile) && process.exit(3), 50).unref();
  }
} else if (fault === "hang") {
  fs.writeFileSync(pidFile, String(process.pid));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
} else if (fault === "kill") {
  process.kill(process.pid, "SIGKILL");
} else if (fault === "exit-7") {
  process.exit(7);
} else if (fault === "throw") {
  throw new Error("injected crash");
} else if (fault === "truncated-output") {
  process.stdout.write('{"ir":{"name":"le', () => process.exit(0));
} else if (fault === "not-an-ir") {
  process.stdout.write('{"ir":{"name":"lead"}}', () => process.exit(0));
}
`;

let folder = "";
let irFile = "";
let preloadFile = "";
let policyWithErrors = "";
let bundleFolder = "";

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runResolve(policy: string, fault?: string): CliRun {
  return runCommand(["resolve", "--policy", policy, "--now", NOW], fault);
}

function runCommand(args: string[], fault?: string): CliRun {
  const run = spawnSync(process.execPath, [CLI_LAUNCHER, ...args], {
    cwd: REPOSITORY_ROOT,
    input: CONFLICTS,
    encoding: "utf8",
    env: buildEnvironment(fault === undefined ? {} : { FIELDPOLICY_TEST_CHILD_FAULT: fault }),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: "1",
    NODE_OPTIONS: `--require ${preloadFile}`,
    // The code cache's key includes NODE_OPTIONS, so a shared bundle folder would gain a cache
    // file for each run of these tests. This folder is removed with the others.
    FIELDPOLICY_BUNDLE_DIR: bundleFolder,
    ...extra,
  };
}

interface HungRun {
  parent: ChildProcess;
  /** Settles with the parent's exit code and signal. Made at the start, so no early end is missed. */
  ended: Promise<[number | null, NodeJS.Signals | null]>;
  childPid: number;
}

/** Starts `resolve` with a child that hangs, and returns once the child has written its PID. */
async function startResolveWithHungChild(extra: Record<string, string> = {}): Promise<HungRun> {
  const pidFile = path.join(mkdtempSync(path.join(folder, "hang-")), "child.pid");
  const parent = spawn(process.execPath, [CLI_LAUNCHER, "resolve", "--policy", POLICY, "--now", NOW], {
    cwd: REPOSITORY_ROOT,
    stdio: ["pipe", "ignore", "ignore"],
    env: buildEnvironment({ FIELDPOLICY_TEST_CHILD_FAULT: "hang", FIELDPOLICY_TEST_CHILD_PID_FILE: pidFile, ...extra }),
  });
  const ended = once(parent, "close") as Promise<[number | null, NodeJS.Signals | null]>;
  while (!existsSync(pidFile) || readFileSync(pidFile, "utf8") === "") {
    await sleep(50);
  }
  return { parent, ended, childPid: Number(readFileSync(pidFile, "utf8")) };
}

/** Waits up to five seconds for the process to end, and returns whether it still runs. */
async function isStillRunning(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    // A process that ended but whose new parent has not collected it yet is a zombie (state Z).
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
    if (stat === "" || / Z /.test(stat.slice(stat.lastIndexOf(")")))) {
      return false;
    }
    await sleep(50);
  }
  return true;
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-policy-in-child-"));
  irFile = path.join(folder, "ir.json");
  writeFileSync(irFile, renderCanonicalJson(compilePolicy(POLICY, { cwd: REPOSITORY_ROOT }).ir));
  preloadFile = path.join(folder, "preload.cjs");
  writeFileSync(preloadFile, PRELOAD);
  policyWithErrors = path.join(folder, "broken.policy.ts");
  writeFileSync(policyWithErrors, POLICY_WITH_ERRORS);
  bundleFolder = path.join(folder, "bundle");
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("resolve with a policy source", () => {
  it("decides as with the built IR", () => {
    const fromIr = runResolve(irFile);
    const fromPolicy = runResolve(POLICY);

    expect(fromPolicy.status, fromPolicy.stderr).toBe(0);
    expect(fromPolicy.stdout.split("\n")).toHaveLength(3);
    expect(fromPolicy.stdout).toBe(fromIr.stdout);
  });

  it("keeps the TypeScript compiler out of its process", () => {
    const run = runResolve(POLICY);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("typescript.js loaded in the parent: false");
  });

  it("loads the compiler in process for explain", () => {
    // The control for the test above: the preload does see a compiler that a command loads.
    const run = runCommand(["explain", "--policy", POLICY, "--now", NOW]);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("typescript.js loaded in the parent: true");
  });

  it("decides the same when run from the sources", () => {
    const fromSources = runFromSources(["resolve", "--policy", POLICY, "--input", writeConflicts(), "--now", NOW]);
    const fromBundle = runResolve(POLICY);

    expect(fromSources.status, fromSources.stderr).toBe(0);
    expect(fromSources.stdout).toBe(fromBundle.stdout);
  });

  it("compiles in a child when called from the sources", async () => {
    // vitest runs the CLI's TypeScript sources in this process, so the child must start without
    // the bundle's entry being the running module.
    const ir = await loadPolicyOption(path.join(REPOSITORY_ROOT, POLICY), { compileInChild: true });

    expect(renderCanonicalJson(ir)).toBe(renderCanonicalJson(compilePolicy(POLICY, { cwd: REPOSITORY_ROOT }).ir));
  });

  it("leaves the child's command out of --help", () => {
    const run = runCommand(["--help"]);

    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("compile-policy");
  });
});

describe("resolve with a policy that has errors", () => {
  it("prints the diagnostics as explain does", () => {
    const resolve = runResolve(policyWithErrors);
    const explain = runCommand(["explain", "--policy", policyWithErrors, "--now", NOW]);
    const withoutPreload = (text: string) => text.replace(/typescript\.js loaded in the parent: \w+\n/, "");

    expect(withoutPreload(resolve.stderr)).toBe(withoutPreload(explain.stderr).replace("fieldpolicy explain:", "fieldpolicy resolve:"));
    expect(resolve.stderr).toContain("error");
  });

  it("ends with the message and exit code 1", () => {
    const run = runResolve(policyWithErrors);

    expect(run.stderr).toContain(`fieldpolicy resolve: the policy ${policyWithErrors} has errors. Fix them and run the command again.\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
  });
});

describe("resolve when the compiler process fails", () => {
  const couldNotCompile = `fieldpolicy resolve: the policy ${POLICY} could not be compiled, because the child process that compiles it`;

  it.each([
    ["kill", "was killed by SIGKILL."],
    ["exit-7", "exited with code 7."],
    ["throw", "exited with code 1."],
    ["truncated-output", "wrote output that is not a compile result."],
    ["not-an-ir", "returned an IR that does not match the schema (at the document, must have required property"],
  ])("reports a child that fails with %s", (fault, reason) => {
    const run = runResolve(POLICY, fault);

    expect(run.stderr).toContain(`${couldNotCompile} ${reason}`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("names the next step", () => {
    const run = runResolve(POLICY, "kill");

    expect(run.stderr).toContain(`Run \`fieldpolicy check ${POLICY}\` to compile it on its own, or pass the ir.json`);
  });
});

describe("resolve ended while the policy compiles", () => {
  const started: number[] = [];

  afterAll(() => {
    // A blocked child that the code under test failed to end would otherwise run until killed.
    for (const pid of started) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone, as it should be.
      }
    }
  });

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("ends the child on %s to the parent alone", async (signal) => {
    const { parent, ended, childPid } = await startResolveWithHungChild();
    started.push(childPid);

    parent.kill(signal);
    const [code, endedBy] = await ended;

    expect(endedBy ?? code).toBe(signal);
    expect(await isStillRunning(childPid)).toBe(false);
  });

  it("ends the child when the parent exits", async () => {
    const { ended, childPid } = await startResolveWithHungChild({ FIELDPOLICY_TEST_PARENT_EXIT: "1" });
    started.push(childPid);

    const [code] = await ended;

    expect(code).toBe(3);
    expect(await isStillRunning(childPid)).toBe(false);
  });
});

function writeConflicts(): string {
  const file = path.join(folder, "conflicts.jsonl");
  writeFileSync(file, CONFLICTS);
  return file;
}
