// Top-level statements of the policy file and the files it imports. A file of the policy folder
// may contain imports that bind names, re-exports, types, `const` declarations and
// `export default`. Anything else (a call, a loop, a `let`, a function, an import without names)
// means something only when the file runs, so it is reported even when the policy does not use it.

import {
  Node,
  VariableDeclarationKind,
  type ImportDeclaration,
  type SourceFile,
  type VariableDeclaration,
} from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import { abbreviate, describeConstruct } from "./describe-construct";
import { reportAtNode, type EvaluationContext } from "./evaluation-context";

/** Reports disallowed top-level statements of a file. Returns the `const` declarations to evaluate. */
export function checkTopLevelStatements(sourceFile: SourceFile, context: EvaluationContext): VariableDeclaration[] {
  const constants: VariableDeclaration[] = [];

  for (const statement of sourceFile.getStatements()) {
    if (Node.isImportDeclaration(statement) && statement.getImportClause() === undefined) {
      reportSideEffectImport(statement, context);
      continue;
    }
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

/**
 * Reports an import without names (`import "./setup";`). Such an import exists only to run the
 * module, and the compiler never runs one, so it can never take effect.
 */
function reportSideEffectImport(statement: ImportDeclaration, context: EvaluationContext): void {
  const specifier = statement.getModuleSpecifierValue();
  reportAtNode(context, statement, {
    code: LOAD_CODES.unsupportedStatement,
    message: `The import \`${abbreviate(statement.getText())}\` names nothing, so it exists only to run the module. The compiler never runs policy code, so this import can never take effect.`,
    hint: `Remove the import, or import the constants you need by name: \`import { NAME } from ${JSON.stringify(specifier)};\`.`,
  });
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
