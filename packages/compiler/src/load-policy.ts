// Loads a policy file: type-checks it and the files of its folder that it imports, then evaluates
// its default export statically, keeping the location of every value and key. Nothing the author
// wrote is executed.

import { statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "@fieldpolicy/core";
import { Node, type Project, type SourceFile } from "ts-morph";
import { LOAD_CODES } from "./diagnostic-codes";
import { buildSourceMap, toPlainValue, type EvaluatedValue, type JsonValue } from "./evaluated-value";
import { checkStatementsAndConstants } from "./load/check-constants";
import { checkSyntaxDepth } from "./load/check-syntax-depth";
import { checkTypes } from "./load/check-types";
import { CORE_FOLDER, createPolicyProject } from "./load/create-policy-project";
import { evaluateExpression } from "./load/evaluate-expression";
import { evaluateReference, isPolicyFolderFile } from "./load/evaluate-reference";
import type { EvaluationContext } from "./load/evaluation-context";
import { toDisplayPath } from "./load/locate-node";
import { buildEmptySourceMap, type PolicySourceMap } from "./source-map";

/** The result of loading one policy file. */
export interface LoadedPolicy {
  /** The evaluated default export, or null when it could not be evaluated. */
  spec: JsonValue | null;
  sourceMap: PolicySourceMap;
  diagnostics: Diagnostic[];
  /** Text of the policy file and of each policy-folder file it imports, by display path, sorted by path. */
  sources: Map<string, string>;
}

/** Options of `loadPolicy`. */
export interface LoadPolicyOptions {
  /** Folder that display paths are relative to. @default process.cwd() */
  cwd?: string;
  /** A project to load into, so several policies share parsed library files. @default a new project */
  project?: Project;
}

/** Loads and statically evaluates one policy file. */
export function loadPolicy(file: string, options: LoadPolicyOptions = {}): LoadedPolicy {
  const cwd = options.cwd ?? process.cwd();
  const absolutePath = path.resolve(cwd, file);
  const displayPath = toDisplayPath(absolutePath, cwd);
  const result: LoadedPolicy = { spec: null, sourceMap: buildEmptySourceMap(), diagnostics: [], sources: new Map() };

  if (!isFile(absolutePath)) {
    result.diagnostics.push(buildFileDiagnostic(displayPath, {
      code: LOAD_CODES.fileNotFound,
      message: `The policy file ${displayPath} does not exist or is not a file.`,
      hint: "Check the path; policy files are named `*.policy.ts`.",
    }));
    return result;
  }

  const project = options.project ?? createPolicyProject();
  const depth = checkSyntaxDepth({
    file: absolutePath,
    compilerOptions: project.getCompilerOptions(),
    coreFolder: CORE_FOLDER,
    cwd,
  });
  if (depth.diagnostics.length > 0) {
    result.diagnostics.push(...depth.diagnostics);
    result.sources = depth.sources;
    return result;
  }

  try {
    loadPolicyFile({ absolutePath, displayPath, cwd, project, result });
  } catch (error) {
    // The depth checks cover the nesting they can see in the text. Deep recursion they cannot
    // foresee, such as the TypeScript checker following a long chain of constants, still ends
    // in a diagnostic rather than a stack trace.
    if (!isStackOverflow(error)) {
      throw error;
    }
    result.diagnostics.push(buildFileDiagnostic(displayPath, {
      code: LOAD_CODES.nestingTooDeep,
      message: `Reading the policy file ${displayPath} or a file it imports overflowed the stack, because something in them nests too deeply, such as a long chain of constants that refer to each other.`,
      hint: "Flatten deeply nested values and shorten chains of constants that refer to each other.",
    }));
  }

  result.sources = new Map([...result.sources].sort(([left], [right]) => (left < right ? -1 : 1)));
  return result;
}

/** Type-checks a policy file that exists and evaluates its default export into `result`. */
function loadPolicyFile(input: {
  absolutePath: string;
  displayPath: string;
  cwd: string;
  project: Project;
  result: LoadedPolicy;
}): void {
  const { absolutePath, displayPath, cwd, project, result } = input;
  const sourceFile = project.getSourceFile(absolutePath) ?? project.addSourceFileAtPath(absolutePath);
  result.sources.set(displayPath, sourceFile.getFullText());

  const syntaxErrors = checkTypes(sourceFile, cwd, "syntax");
  if (syntaxErrors.length > 0) {
    result.diagnostics.push(...syntaxErrors);
    return;
  }
  if (sourceFile.getStatements().length === 0) {
    result.diagnostics.push(buildFileDiagnostic(displayPath, {
      code: LOAD_CODES.emptyFile,
      message: `The policy file ${displayPath} is empty.`,
      hint: "Write the policy as `export default definePolicy({ … })`, with definePolicy imported from @fieldpolicy/core.",
    }));
    return;
  }

  const context: EvaluationContext = {
    cwd,
    policyFolder: path.dirname(absolutePath),
    coreFolder: CORE_FOLDER,
    diagnostics: result.diagnostics,
    constants: new Map(),
    evaluationDepth: 0,
    realPaths: new Map(),
  };
  project.resolveSourceFileDependencies();
  const files = collectPolicyFiles(sourceFile, context);
  for (const imported of files.slice(1)) {
    result.sources.set(toDisplayPath(imported.getFilePath(), cwd), imported.getFullText());
    result.diagnostics.push(...checkTypes(imported, cwd, "syntax"));
  }
  for (const policyFile of files) {
    result.diagnostics.push(...checkTypes(policyFile, cwd, "types"));
  }
  for (const policyFile of files) {
    checkStatementsAndConstants(policyFile, context);
  }

  const root = evaluateDefaultExport(sourceFile, context);
  if (root === undefined) {
    result.diagnostics.push(buildFileDiagnostic(displayPath, {
      code: LOAD_CODES.missingDefaultExport,
      message: `The policy file ${displayPath} has no \`export default\` expression.`,
      hint: "End the file with `export default definePolicy({ … })`.",
    }));
  } else if (root !== null) {
    result.spec = toPlainValue(root);
    result.sourceMap = buildSourceMap(root);
  }
}

/**
 * Evaluates the default export: `export default <expression>`, or `export { name as default }`
 * naming a `const`. Returns undefined when the file has neither, and null when evaluation failed.
 */
function evaluateDefaultExport(sourceFile: SourceFile, context: EvaluationContext): EvaluatedValue | null | undefined {
  const assignment = sourceFile.getExportAssignment((candidate) => !candidate.isExportEquals());
  if (assignment !== undefined) {
    return evaluateExpression(assignment.getExpression(), context);
  }

  for (const declaration of sourceFile.getExportDeclarations()) {
    const specifier = declaration.getNamedExports().find((named) => named.getAliasNode()?.getText() === "default");
    const name = specifier?.getNameNode();
    if (name !== undefined && Node.isIdentifier(name) && !declaration.hasModuleSpecifier()) {
      return evaluateReference(name, context);
    }
  }
  return undefined;
}

/** Returns the policy file and every file of its folder that it imports, directly or not, the policy file first. */
function collectPolicyFiles(policyFile: SourceFile, context: EvaluationContext): SourceFile[] {
  const found = new Map<string, SourceFile>([[policyFile.getFilePath(), policyFile]]);
  const pending = [policyFile];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const statement of current.getStatements()) {
      if (!Node.isImportDeclaration(statement) && !Node.isExportDeclaration(statement)) {
        continue;
      }
      const target = statement.getModuleSpecifierSourceFile();
      if (target === undefined || found.has(target.getFilePath())) {
        continue;
      }
      // A JSON module has no statements to check; a reference into it is reported where it is used.
      const isJson = target.getFilePath().endsWith(".json");
      if (!isJson && isPolicyFolderFile(target.getFilePath(), target.isDeclarationFile(), context)) {
        found.set(target.getFilePath(), target);
        pending.push(target);
      }
    }
  }
  return [...found.values()];
}

/** True for the RangeError V8 throws when the call stack is exhausted. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes("Maximum call stack size exceeded");
}

function isFile(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isFile();
  } catch {
    return false;
  }
}

function buildFileDiagnostic(file: string, input: { code: string; message: string; hint: string }): Diagnostic {
  return {
    code: input.code,
    severity: "error",
    message: input.message,
    file,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    path: null,
    hint: input.hint,
  };
}
