// esbuild plugin that keeps each module's `import.meta` location that of its source file.
// Plain JavaScript, because the launcher loads it before any TypeScript loader exists.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

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
 *
 * `readSource` returns a file's text. The bundler passes one that fingerprints what it read.
 */
export function sourceLocations({ readSource = (file) => readFile(file, "utf8") } = {}) {
  return {
    name: "source-locations",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        const source = await readSource(args.path);
        if (!source.includes("import.meta")) {
          return { contents: source, loader: "ts" };
        }
        return { contents: declareSourceLocation(source, args.path), loader: "ts" };
      });
    },
  };
}

/** Returns the `define` option that goes with the sourceLocations plugin. */
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
