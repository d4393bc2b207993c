// A source of the command line that does not compile. The launcher names the location and runs the
// command from the sources when the command does not load that file. Otherwise it exits 2 without
// a stack trace, because the error is in fieldpolicy's own code rather than in the user's input.

import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeRepository, runFakeLauncher } from "./fake-repository";

// main.ts loads broken.ts only for the `broken` command, as commands/index.ts loads each command.
const MAIN_SOURCE = 'if (process.argv[2] === "broken") {\n  await import("./broken");\n} else {\n  console.log("ran from the sources");\n}\n';
const BROKEN_SOURCE = "export const value = 1;\nconst missing = ;\n";
const BROKEN_LOCATION = "packages/cli/src/broken.ts:2:17";
const ESBUILD_MESSAGE = 'Unexpected ";"';

let repository = "";

beforeAll(() => {
  repository = createFakeRepository({ "main.ts": MAIN_SOURCE, "broken.ts": BROKEN_SOURCE });
});

afterAll(() => {
  rmSync(repository, { recursive: true, force: true });
});

describe("launcher with a source that does not compile", () => {
  it("names the error's location", () => {
    const run = runFakeLauncher(repository, ["other"]);

    expect(run.stderr).toContain(`because bundling failed: ${BROKEN_LOCATION}: ${ESBUILD_MESSAGE}`);
  });

  it("runs a command that does not load the file", () => {
    const run = runFakeLauncher(repository, ["other"]);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("ran from the sources\n");
  });

  it("exits 2 when the command loads the file", () => {
    const run = runFakeLauncher(repository, ["broken"]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`a source file of fieldpolicy itself (not your policy) does not compile: ${BROKEN_LOCATION}: ${ESBUILD_MESSAGE}`);
  });

  it("prints no stack trace", () => {
    const run = runFakeLauncher(repository, ["broken"]);

    expect(run.stderr).not.toContain("TransformError");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
