import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { bundleKernel, KERNEL_MODULE_URL, renderKernelModule } from "../scripts/bundle-kernel";
import { KERNEL_SOURCE } from "../src/kernel-source.generated";

describe("resolver kernel", () => {
  it("matches a fresh bundle of the runtime", async () => {
    const committed = await readFile(KERNEL_MODULE_URL, "utf8");

    const regenerated = renderKernelModule(await bundleKernel());

    expect(committed, "stale resolver kernel: run `pnpm gen:resolver-kernel`").toBe(regenerated);
  });

  it("imports only Node built-in modules", () => {
    const specifiers = [...KERNEL_SOURCE.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1]);

    expect(specifiers.filter((specifier) => !specifier!.startsWith("node:"))).toEqual([]);
  });

  it("contains no dynamic import or require", () => {
    expect(KERNEL_SOURCE).not.toMatch(/\bimport\(|\brequire\(/);
  });
});
