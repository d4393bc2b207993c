// The TypeScript project policies are checked in: the repository's strict options, with
// @fieldpolicy/core mapped to this installation's sources so that a policy anywhere on disk is
// typed by the same authoring API the compiler evaluates with.

import { createRequire } from "node:module";
import path from "node:path";
import { Project, ts } from "ts-morph";

const require = createRequire(import.meta.url);

/** Absolute path of @fieldpolicy/core's entry file, as Node resolves it from the compiler. */
export const CORE_ENTRY = require.resolve("@fieldpolicy/core");

/** Absolute folder of @fieldpolicy/core's sources; helper declarations are recognized by it. */
export const CORE_FOLDER = path.dirname(CORE_ENTRY);

/** Creates an empty project with the compiler options policies are checked with. */
export function createPolicyProject(): Project {
  return new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      noEmit: true,
      esModuleInterop: true,
      resolveJsonModule: true,
      skipLibCheck: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      // Policies describe data and never run, so Node's globals are left out on purpose: a use
      // of `process` or `require` is then also a type error.
      types: [],
      paths: { "@fieldpolicy/core": [CORE_ENTRY] },
    },
  });
}
