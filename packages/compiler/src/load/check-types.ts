import type { Diagnostic } from "@fieldpolicy/core";
import { ts, type SourceFile } from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import { toDisplayPath } from "./locate-node";

/** Converts the checker's syntax errors (FP1004) or type errors (FP1001) of one file to diagnostics. */
export function checkTypes(sourceFile: SourceFile, cwd: string, kind: "syntax" | "types"): Diagnostic[] {
  const program = sourceFile.getProject().getProgram().compilerObject;
  const compilerFile = sourceFile.compilerNode;
  const found =
    kind === "syntax" ? program.getSyntacticDiagnostics(compilerFile) : program.getSemanticDiagnostics(compilerFile);
  return found.map((diagnostic) => convertDiagnostic(diagnostic, cwd, kind));
}

function convertDiagnostic(diagnostic: ts.Diagnostic, cwd: string, kind: "syntax" | "types"): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const file = diagnostic.file;
  const start = diagnostic.start ?? 0;
  const startPosition = file?.getLineAndCharacterOfPosition(start);
  const endPosition = file?.getLineAndCharacterOfPosition(start + (diagnostic.length ?? 0));
  return {
    code: kind === "syntax" ? LOAD_CODES.syntaxError : LOAD_CODES.typeError,
    severity: diagnostic.category === ts.DiagnosticCategory.Error ? "error" : "warning",
    message: `${message} (TS${diagnostic.code})`,
    file: file === undefined ? null : toDisplayPath(file.fileName, cwd),
    line: startPosition === undefined ? null : startPosition.line + 1,
    column: startPosition === undefined ? null : startPosition.character + 1,
    endLine: endPosition === undefined ? null : endPosition.line + 1,
    endColumn: endPosition === undefined ? null : endPosition.character + 1,
    path: null,
    hint: kind === "syntax" ? "Fix the syntax; nothing else in the file is checked until it parses." : null,
  };
}
