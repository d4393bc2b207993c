// esbuild plugins that let the command line's bundle behave like its sources run through tsx.
// Plain JavaScript, because the launcher loads this file before any TypeScript loader exists.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Workspace packages are bundled; every other bare specifier (ts-morph, typescript, ajv, prettier,
// better-sqlite3, pg, ...) stays an import of the installed package.
const WORKSPACE_SCOPE = "@fieldpolicy/";

// Marks the nested resolve call of externalDependencies, so the plugin does not answer it again.
const NESTED_RESOLVE = Symbol("nested resolve");

/**
 * Keeps every npm dependency out of the bundle, imported by the absolute file URL it resolves to
 * from the importing source file. pnpm links a package only into the node_modules of the packages
 * that declare it, so a bare specifier in the bundle (which lives in packages/cli) would not find
 * a dependency that only the compiler or a generator declares. Resolving where the source file
 * sits keeps pnpm's strict resolution and loads the same copy the sources load, so exactly one
 * TypeScript and the native modules of better-sqlite3 keep working.
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
        // esbuild also reports Node's built-in modules (`fs`, `path`) as external; they keep
        // their bare name.
        if (resolved.external || !path.isAbsolute(resolved.path)) {
          return { path: args.path, external: true };
        }
        return { path: pathToFileURL(resolved.path).href, external: true };
      });
    },
  };
}

// Names of the module-level constants that stand in for `import.meta` properties in the bundle.
const SOURCE_LOCATION_NAMES = {
  "import.meta.url": "__fieldpolicySourceUrl",
  "import.meta.filename": "__fieldpolicySourceFile",
  "import.meta.dirname": "__fieldpolicySourceFolder",
};

/**
 * Makes `import.meta.url` (and Node's `import.meta.filename` and `import.meta.dirname`) in each
 * workspace module the location of that module's source file. Modules find schemas, templates and
 * their own package's dependencies relative to themselves, and in the bundle they must keep
 * finding them where the sources are, not beside the chunk they ended up in.
 *
 * Each module gets constants with its own location, and esbuild's `define` (which the caller
 * passes from sourceLocationDefines) replaces the expressions by those names. `define` works on
 * the syntax tree, so a string or comment that mentions `import.meta.url` stays as it is, and
 * the name binds to the constant of the module it appears in even after esbuild renames it.
 */
export function sourceLocations() {
  return {
    name: "source-locations",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes("import.meta")) {
          return { contents: source, loader: "ts" };
        }
        return { contents: declareSourceLocation(source, args.path), loader: "ts" };
      });
    },
  };
}

/** The `define` option that goes with the sourceLocations plugin. */
export function sourceLocationDefines() {
  return { ...SOURCE_LOCATION_NAMES };
}

// Puts the declarations in front of the first line (after a hashbang line, which must stay
// first), on that same line, so the source map's line numbers stay those of the file.
function declareSourceLocation(source, file) {
  const locations = {
    "import.meta.url": pathToFileURL(file).href,
    "import.meta.filename": file,
    "import.meta.dirname": path.dirname(file),
  };
  const declarations = Object.entries(SOURCE_LOCATION_NAMES)
    .map(([expression, name]) => `const ${name} = ${JSON.stringify(locations[expression])};`)
    .join(" ");

  const insertAt = source.startsWith("#!") ? source.indexOf("\n") + 1 : 0;
  return `${source.slice(0, insertAt)}${declarations} ${source.slice(insertAt)}`;
}
