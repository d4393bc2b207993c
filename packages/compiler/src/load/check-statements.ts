// Top-level statements of the policy file and the files it imports. A file of the policy folder
// may contain imports, re-exports, types, `const` declarations and `export default`. Anything else
// (a call, a loop, a `let`, a function) means something only when the file runs, so it is reported
// even when the policy does not use it.

import { Node, VariableDeclarationKind, type SourceFile, type VariableDeclaration } from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import { abbreviate, describeConstruct } from "./describe-construct";
import { reportAtNode, type EvaluationContext } from "./evaluation-context";

/** Reports disallowed top-level statements of a file. Returns the `const` declarations to evaluate. */
export function checkTopLevelStatements(sourceFile: SourceFile, context: EvaluationContext): VariableDeclaration[] {
  const constants: VariableDeclaration[] = [];

  for (const statement of sourceFile.getStatements()) {
    if (
      Node.isImportDeclaration(statement) ||
      Node.isExportDeclaration(statement) ||
      Node.isTypeAliasDeclaration(statement) ||
      Node.isInterfaceDeclaration(statement) ||
      Node.isEmptyStatement(statement)
    ) {
      continue;
    }

    if (Node.isExportAssignment(statement) && !statement.isExportEquals()) {
      continue;
    }

    if (Node.isVariableStatement(statement)) {
      const kind = statement.getDeclarationKind();
      if (kind === VariableDeclarationKind.Const && !statement.hasDeclareKeyword()) {
        constants.push(...statement.getDeclarations());
        continue;
      }
      reportAtNode(context, statement, {
        code: LOAD_CODES.unsupportedStatement,
        message: statement.hasDeclareKeyword()
          ? `The ambient declaration \`${abbreviate(statement.getText())}\` has no value the compiler can read.`
          : `A \`${kind}\` declaration (\`${abbreviate(statement.getText())}\`) may change while code runs.`,
        hint: "Declare constants with `const NAME = value`.",
      });
      continue;
    }

    reportAtNode(context, statement, {
      code: LOAD_CODES.unsupportedStatement,
      message: `A policy file cannot contain ${describeStatement(statement)}: the compiler never runs policy code.`,
      hint: "Keep only imports, types, `const` declarations and `export default definePolicy({ … })`.",
    });
  }

  return constants;
}

function describeStatement(statement: Node): string {
  if (Node.isExportAssignment(statement)) {
    return "`export =`";
  }
  if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement)) {
    const name = statement.getName();
    return name === undefined ? describeConstruct(statement) : `${describeConstruct(statement)} (\`${name}\`)`;
  }
  return describeConstruct(statement);
}
