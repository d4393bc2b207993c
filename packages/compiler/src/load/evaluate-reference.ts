// Resolution of a name in a policy to the `const` it refers to, across the files of the policy
// folder (named imports and re-exports resolve through the type checker's alias symbols).

import { realpathSync } from "node:fs";
import path from "node:path";
import { Node, VariableDeclarationKind, type Identifier, type VariableDeclaration } from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import { relocateValue, type EvaluatedValue } from "../evaluated-value";
import { CORE_HELPERS } from "./core-helpers";
import { describeConstruct } from "./describe-construct";
import { evaluateExpression } from "./evaluate-expression";
import { EVALUATING, reportAtNode, type EvaluationContext } from "./evaluation-context";
import { locateNode, toDisplayPath } from "./locate-node";

const REFERENCE_HINT = "Use a `const` declared in the policy folder, or write the value as a literal.";

/** Evaluates a name by evaluating the `const` it refers to. Returns null after reporting why it cannot. */
export function evaluateReference(identifier: Identifier, context: EvaluationContext): EvaluatedValue | null {
  const name = identifier.getText();
  if (name === "undefined") {
    reportAtNode(context, identifier, {
      code: LOAD_CODES.unsupportedReference,
      message: "`undefined` is not a JSON value.",
      hint: "Leave the property out to take its default.",
    });
    return null;
  }

  const parent = identifier.getParent();
  const symbol =
    Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === identifier
      ? parent.getValueSymbol()
      : identifier.getSymbol();
  const target = symbol?.isAlias() === true ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
  const declaration = target?.getDeclarations()[0];
  if (declaration === undefined) {
    reportAtNode(context, identifier, {
      code: LOAD_CODES.unsupportedReference,
      message: `\`${name}\` is not declared.`,
      hint: REFERENCE_HINT,
    });
    return null;
  }

  if (Node.isImportSpecifier(declaration) || Node.isImportClause(declaration) || Node.isNamespaceImport(declaration)) {
    // An alias that resolves to itself is an import the compiler could not follow.
    const specifier = declaration.getFirstAncestorByKind(declaration.getKind())?.getText() ?? name;
    reportAtNode(context, identifier, {
      code: LOAD_CODES.unsupportedReference,
      message: `\`${name}\` is imported, but the compiler cannot find the file it comes from (\`${specifier}\`).`,
      hint: "Import constants only from files of the policy folder, with a relative path.",
    });
    return null;
  }

  const declarationFile = declaration.getSourceFile();
  if (isInsideFolder(declarationFile.getFilePath(), context.coreFolder)) {
    const helperName = target?.getName() ?? name;
    reportAtNode(context, identifier, {
      code: LOAD_CODES.unsupportedReference,
      message: CORE_HELPERS.has(helperName)
        ? `\`${name}\` from @fieldpolicy/core can only be called, not used as a value.`
        : `\`${name}\` from @fieldpolicy/core is not available to policies as a value.`,
      hint: CORE_HELPERS.has(helperName)
        ? `Call it, as in \`export default ${name}({ … })\`.`
        : "Write the value into the policy; only the helpers of @fieldpolicy/core can be used, by calling them.",
    });
    return null;
  }
  if (!isPolicyFolderFile(declarationFile.getFilePath(), declarationFile.isDeclarationFile(), context)) {
    reportAtNode(context, identifier, {
      code: LOAD_CODES.unsupportedReference,
      message: `\`${name}\` is declared outside the policy folder (in ${describeFile(declarationFile.getFilePath(), context)}), so its value is known only when code runs.`,
      hint: REFERENCE_HINT,
    });
    return null;
  }

  if (Node.isSourceFile(declaration) && declarationFile.getFilePath().endsWith(".json")) {
    reportAtNode(context, identifier, {
      code: LOAD_CODES.unsupportedReference,
      message: `\`${name}\` is imported from a JSON file, which the compiler does not read.`,
      hint: "Move the data into a `const` of a .ts file in the policy folder.",
    });
    return null;
  }

  if (Node.isVariableDeclaration(declaration)) {
    const value = evaluateConstant(declaration, context, identifier);
    return value === null ? null : relocateValue(value, locateNode(identifier, context.cwd));
  }

  const construct = Node.isFunctionDeclaration(declaration)
    ? "a function declaration, used here as a value"
    : describeConstruct(declaration);
  reportAtNode(context, identifier, {
    code: LOAD_CODES.unsupportedReference,
    message: `\`${name}\` is ${construct}; the compiler can only evaluate \`const\` values.`,
    hint: REFERENCE_HINT,
  });
  return null;
}

/**
 * Evaluates the initializer of a `const`, once per declaration. `reference` is the place that
 * needs the value, where problems with the declaration itself are reported.
 */
export function evaluateConstant(
  declaration: VariableDeclaration,
  context: EvaluationContext,
  reference: Node = declaration,
): EvaluatedValue | null {
  const name = declaration.getName();
  const kind = declaration.getVariableStatement()?.getDeclarationKind();
  if (kind !== VariableDeclarationKind.Const) {
    reportAtNode(context, reference, {
      code: LOAD_CODES.unsupportedReference,
      message: `\`${name}\` is declared with \`${kind ?? "a loop"}\`, so its value can change while code runs.`,
      hint: `Declare \`${name}\` with \`const\` at the top level of its file.`,
    });
    return null;
  }

  const cached = context.constants.get(declaration);
  if (cached === EVALUATING) {
    reportAtNode(context, reference, {
      code: LOAD_CODES.circularReference,
      message: `The value of \`${name}\` depends on itself.`,
      hint: "Break the cycle between the constants.",
    });
    return null;
  }
  if (cached !== undefined) {
    return cached;
  }

  const nameNode = declaration.getNameNode();
  const initializer = declaration.getInitializer();
  if (!Node.isIdentifier(nameNode) || initializer === undefined) {
    reportAtNode(context, declaration, {
      code: LOAD_CODES.unsupportedExpression,
      message: Node.isIdentifier(nameNode)
        ? `\`${name}\` has no value.`
        : `The compiler cannot evaluate the destructuring \`${nameNode.getText()}\`.`,
      hint: "Declare each constant as `const NAME = value`.",
    });
    context.constants.set(declaration, null);
    return null;
  }

  context.constants.set(declaration, EVALUATING);
  const value = evaluateExpression(initializer, context);
  context.constants.set(declaration, value);
  return value;
}

/**
 * True when a file lies in the policy folder or below it, outside node_modules, and is not a
 * declaration file. Real paths are compared, because a symbolic link inside the folder, or a
 * linked folder, may point anywhere on the disk.
 */
export function isPolicyFolderFile(file: string, isDeclarationFile: boolean, context: EvaluationContext): boolean {
  const realFile = resolveRealPath(file, context);
  return (
    !isDeclarationFile &&
    isInsideFolder(realFile, resolveRealPath(context.policyFolder, context)) &&
    !file.split("/").includes("node_modules") &&
    !realFile.split(path.sep).includes("node_modules")
  );
}

/** Returns the path of a file resolved through symbolic links, or the path itself when the file cannot be resolved. */
function resolveRealPath(file: string, context: EvaluationContext): string {
  let realPath = context.realPaths.get(file);
  if (realPath === undefined) {
    try {
      realPath = realpathSync(file);
    } catch {
      realPath = file;
    }
    context.realPaths.set(file, realPath);
  }
  return realPath;
}

/** Names a file for a message by its display path, and by its real path when symbolic links lead elsewhere. */
function describeFile(file: string, context: EvaluationContext): string {
  const displayPath = toDisplayPath(file, context.cwd);
  // The real path is shown relative to the working folder's real path, so a working folder
  // reached through a link (such as /tmp on macOS) does not make every file look linked.
  const realDisplayPath = toDisplayPath(resolveRealPath(file, context), resolveRealPath(context.cwd, context));
  return realDisplayPath === displayPath ? displayPath : `${displayPath}, which resolves to ${realDisplayPath}`;
}

/** True when a path lies in a folder or below it. */
export function isInsideFolder(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
