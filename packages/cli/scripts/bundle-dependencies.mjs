// esbuild plugin that leaves npm dependencies out of the command line's bundle. Plain JavaScript,
// because the launcher loads it before any TypeScript loader exists.

import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Workspace packages are bundled. Every other bare specifier (ts-morph, typescript, ajv, prettier,
// better-sqlite3, pg, ...) stays an import of the installed package.
const WORKSPACE_SCOPE = "@fieldpolicy/";

// Marks the nested resolve call of externalDependencies, so the plugin does not handle it again.
const NESTED_RESOLVE = Symbol("nested resolve");

// Namespace of the small modules that load a CommonJS dependency through `require`.
const COMMONJS_NAMESPACE = "commonjs-dependency";

/**
 * Code that goes at the top of every chunk, because the modules of COMMONJS_NAMESPACE call
 * `require`, which an ES module lacks. The paths it is given are absolute, so the chunk's own
 * location does not matter.
 */
export const REQUIRE_BANNER =
  'import { createRequire as __fieldpolicyCreateRequire } from "node:module"; const require = __fieldpolicyCreateRequire(import.meta.url);';

/**
 * Keeps every npm dependency out of the bundle, loaded by the absolute path it resolves to from
 * the importing source file. pnpm links a package only into the node_modules of the packages that
 * declare it, so a bare specifier in the bundle (which lives in packages/cli) would not find a
 * dependency that only the compiler or a generator declares. Resolving where the source file
 * sits keeps pnpm's strict resolution and loads the same copy the sources load, so exactly one
 * TypeScript and the native modules of better-sqlite3 keep working.
 *
 * A statically imported CommonJS dependency is loaded with `require` (the chunks get
 * REQUIRE_BANNER for it). Node's `import` of a CommonJS file first scans it and every file it
 * re-exports for the names it exports, which costs about 70 ms for ts-morph and the TypeScript
 * compiler it re-exports (measured with `node --cpu-prof` on `check`, Node 20.20).
 */
export function externalDependencies() {
  return {
    name: "external-dependencies",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === NESTED_RESOLVE || args.path.startsWith("node:") || args.path.startsWith(WORKSPACE_SCOPE)) {
          return undefined;
        }

        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: NESTED_RESOLVE,
        });
        if (resolved.errors.length > 0) {
          return { errors: resolved.errors };
        }
        // esbuild also reports Node's built-in modules (`fs`, `path`) as external. They keep
        // their bare name.
        if (resolved.external || !path.isAbsolute(resolved.path)) {
          return { path: args.path, external: true };
        }
        if (args.kind === "import-statement" && isCommonJsFile(resolved.path)) {
          return { path: resolved.path, namespace: COMMONJS_NAMESPACE };
        }
        return { path: pathToFileURL(resolved.path).href, external: true };
      });

      build.onLoad({ filter: /.*/, namespace: COMMONJS_NAMESPACE }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: "js",
      }));

      // The absolute path inside such a module stays a `require` of the installed file.
      build.onResolve({ filter: /.*/, namespace: COMMONJS_NAMESPACE }, (args) => ({ path: args.path, external: true }));
    },
  };
}

// Node's rule: `.cjs` is CommonJS, `.mjs` is not, and `.js` is CommonJS unless the nearest
// package.json sets `"type": "module"`. Other files (JSON, native addons) keep being imported.
function isCommonJsFile(file) {
  if (file.endsWith(".cjs")) {
    return true;
  }
  if (!file.endsWith(".js")) {
    return false;
  }
  return readPackageType(path.dirname(file)) !== "module";
}

function readPackageType(folder) {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      return JSON.parse(readFileSync(path.join(current, "package.json"), "utf8")).type;
    } catch (error) {
      if (error.code !== "ENOENT" || path.dirname(current) === current) {
        return undefined;
      }
    }
  }
}
