import type { SourceFile } from "ts-morph";
import { checkTopLevelStatements } from "./check-statements";
import { evaluateConstant } from "./evaluate-reference";
import type { EvaluationContext } from "./evaluation-context";

/**
 * Reports the disallowed top-level statements of a file and evaluates each of its constants,
 * used or not, so that a constant that would run code (`const home = process.env.HOME`) is
 * reported even when the policy never reads it.
 */
export function checkStatementsAndConstants(sourceFile: SourceFile, context: EvaluationContext): void {
  for (const declaration of checkTopLevelStatements(sourceFile, context)) {
    evaluateConstant(declaration, context);
  }
}
