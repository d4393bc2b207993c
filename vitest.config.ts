import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "generators/*/test/**/*.test.ts", "test/**/*.test.ts"],
    // Type-level tests (*.test-d.ts) run through the TypeScript checker, not at run time.
    typecheck: {
      enabled: true,
      include: ["packages/*/test/**/*.test-d.ts"],
      tsconfig: "./packages/core/tsconfig.type-tests.json",
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
