// Resolves a file of conflicts with a resolver module that `fieldpolicy build` wrote, and prints one
// decision per line, as `fieldpolicy resolve --input` does. The end-to-end test runs it as a child
// process through tsx, because the module is TypeScript in a temporary folder.
//
// Usage: node --import tsx resolve-with-module.ts RESOLVER_TS CONFLICTS_JSONL USERS_JSON NOW_ISO

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The part of the generated module's API this script calls. */
interface ResolverModule {
  createResolver(options: { now: Date; users: unknown }): { resolveInput(input: unknown): unknown };
}

const [moduleFile, conflictsFile, usersFile, now] = process.argv.slice(2);
if (moduleFile === undefined || conflictsFile === undefined || usersFile === undefined || now === undefined) {
  process.stderr.write("Usage: resolve-with-module.ts RESOLVER_TS CONFLICTS_JSONL USERS_JSON NOW_ISO\n");
  process.exit(2);
}

// The module's own types are not known here, so only the API above is relied on.
const resolverModule = (await import(pathToFileURL(moduleFile).href)) as ResolverModule;
const resolver = resolverModule.createResolver({
  now: new Date(now),
  users: JSON.parse(readFileSync(usersFile, "utf8")) as unknown,
});

for (const line of readFileSync(conflictsFile, "utf8").split("\n")) {
  if (line.trim() !== "") {
    process.stdout.write(`${JSON.stringify(resolver.resolveInput(JSON.parse(line)))}\n`);
  }
}
