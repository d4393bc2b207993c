import path from "node:path";
import type { Node } from "ts-morph";
import type { SourceLocation } from "../source-map";

/** Returns a path relative to the working directory with forward slashes, as diagnostics show it. */
export function toDisplayPath(absolutePath: string, cwd: string): string {
  return path.relative(cwd, absolutePath).split(path.sep).join("/");
}

/** Returns the location of a node's text, without leading comments and whitespace. */
export function locateNode(node: Node, cwd: string): SourceLocation {
  const sourceFile = node.getSourceFile();
  const start = sourceFile.getLineAndColumnAtPos(node.getStart());
  const end = sourceFile.getLineAndColumnAtPos(node.getEnd());
  return {
    file: toDisplayPath(sourceFile.getFilePath(), cwd),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}
