// Writes generators/resolver/src/kernel-source.generated.ts from the runtime's current source.
// Run it with `pnpm gen:resolver-kernel` after changing @fieldpolicy/runtime.

import { writeFile } from "node:fs/promises";
import { bundleKernel, KERNEL_MODULE_URL, renderKernelModule } from "./bundle-kernel";

await writeFile(KERNEL_MODULE_URL, renderKernelModule(await bundleKernel()));
process.stdout.write(`Wrote ${KERNEL_MODULE_URL.pathname}\n`);
