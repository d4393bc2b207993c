import type { Diagnostic } from "@fieldpolicy/core";
import type { Node, VariableDeclaration } from "ts-morph";
import type { EvaluatedValue } from "../evaluated-value";
import { locateNode } from "./locate-node";

/** Marks a `const` whose evaluation is in progress, to detect a value that depends on itself. */
export const EVALUATING = Symbol("evaluating");

/** State shared by the static evaluation of one policy file and the files it imports. */
export interface EvaluationContext {
  /** Working directory that diagnostic paths are relative to. */
  cwd: string;
  /** Absolute folder of the policy file; only constants declared under it can be evaluated. */
  policyFolder: string;
  /** Absolute folder of @fieldpolicy/core's sources, where helper declarations live. */
  coreFolder: string;
  diagnostics: Diagnostic[];
  /** Evaluated `const` declarations; null when evaluation failed and was reported. */
  constants: Map<VariableDeclaration, EvaluatedValue | null | typeof EVALUATING>;
  /** Number of expressions whose evaluation is in progress, one inside the other. */
  evaluationDepth: number;
  /** Real paths (symbolic links resolved), by the path the project opened the file at. */
  realPaths: Map<string, string>;
}

/** Adds an error diagnostic located at a node. */
export function reportAtNode(
  context: EvaluationContext,
  node: Node,
  input: { code: string; message: string; hint?: string },
): void {
  const location = locateNode(node, context.cwd);
  context.diagnostics.push({
    code: input.code,
    severity: "error",
    message: input.message,
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    path: null,
    hint: input.hint ?? null,
  });
}
