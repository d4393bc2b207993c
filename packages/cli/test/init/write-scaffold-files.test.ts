import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ScaffoldExistsError, ScaffoldWriteError, writeScaffoldFiles } from "../../src/init/write-scaffold-files";

let dir = "";

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "fieldpolicy-scaffold-write-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function buildFile(name: string, contents = `// ${name}\n`): { path: string; contents: string } {
  return { path: path.join(dir, name), contents };
}

describe("writeScaffoldFiles", () => {
  it("creates missing folders", async () => {
    const file = { path: path.join(dir, "team", "policies", "a.ts"), contents: "// a\n" };

    await writeScaffoldFiles([file], { overwrite: false });

    expect(await readFile(file.path, "utf8")).toBe("// a\n");
  });

  it("lists every existing file", async () => {
    await writeFile(path.join(dir, "a.ts"), "old a");
    await writeFile(path.join(dir, "b.ts"), "old b");

    const write = writeScaffoldFiles([buildFile("a.ts"), buildFile("b.ts")], { overwrite: false });

    await expect(write).rejects.toThrow(ScaffoldExistsError);
    await expect(write).rejects.toMatchObject({ paths: [path.join(dir, "a.ts"), path.join(dir, "b.ts")] });
  });

  it("removes its first file when a later one appears", async () => {
    // The second file has the first one's path, so it exists by the time it is linked, as a file
    // created by another process after the existence check would.
    const write = writeScaffoldFiles([buildFile("a.ts"), buildFile("a.ts", "// again\n")], { overwrite: false });

    await expect(write).rejects.toThrow(ScaffoldExistsError);
    expect((await readdir(dir)).sort()).toEqual([]);
  });

  it("writes nothing when a file cannot be staged", async () => {
    // A file where a folder should be makes creating that folder fail.
    await writeFile(path.join(dir, "blocked"), "");

    const write = writeScaffoldFiles(
      [buildFile("a.ts"), { path: path.join(dir, "blocked", "b.ts"), contents: "// b\n" }],
      { overwrite: true },
    );

    await expect(write).rejects.toThrow(ScaffoldWriteError);
    await expect(write).rejects.toMatchObject({ path: path.join(dir, "blocked", "b.ts") });
    expect((await readdir(dir)).sort()).toEqual(["blocked"]);
  });

  it("leaves no temporary files after overwriting", async () => {
    await writeFile(path.join(dir, "a.ts"), "old a");

    await writeScaffoldFiles([buildFile("a.ts"), buildFile("b.ts")], { overwrite: true });

    expect((await readdir(dir)).sort()).toEqual(["a.ts", "b.ts"]);
    expect(await readFile(path.join(dir, "a.ts"), "utf8")).toBe("// a.ts\n");
  });
});
