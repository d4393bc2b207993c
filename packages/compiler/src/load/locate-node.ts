import path from "node:path";
import type { Node } from "ts-morph";
import type { SourceLocation } from "../source-map";

// Display paths by working directory and absolute path. Locating the nodes of a 1,000-field
// policy converts the same few files thousands of times, and path.relative took about 40 ms of
// such a check (node --cpu-prof, Node 20.20), so each pair is computed once.
const displayPaths = new Map<string, string>();

/** Returns a path relative to the working directory with forward slashes, as diagnostics show it. */
export function toDisplayPath(absolutePath: string, cwd: string): string {
  const key = `${cwd}\0${absolutePath}`;
  let displayPath = displayPaths.get(key);
  if (displayPath === undefined) {
    displayPath = path.relative(cwd, absolutePath).split(path.sep).join("/");
    displayPaths.set(key, displayPath);
  }
  return displayPath;
}

/** Returns the location of a node's text, without leading comments and whitespace. */
export function locateNode(node: Node, cwd: string): SourceLocation {
  const sourceFile = node.getSourceFile();
  // The compiler's own conversion uses the file's line map, so each call is a binary search
  // instead of a scan of the text before the position.
  const compilerFile = sourceFile.compilerNode;
  const start = compilerFile.getLineAndCharacterOfPosition(node.getStart());
  const end = compilerFile.getLineAndCharacterOfPosition(node.getEnd());
  return {
    file: toDisplayPath(sourceFile.getFilePath(), cwd),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}
