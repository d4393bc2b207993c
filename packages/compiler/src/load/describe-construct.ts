// Names a syntax construct in words for diagnostics ("a `for` loop", "an arrow function"), so an
// author who wrote it recognizes it without knowing the compiler's syntax kinds.

import { Node, SyntaxKind } from "ts-morph";

const CONSTRUCT_NAMES: ReadonlyMap<SyntaxKind, string> = new Map([
  [SyntaxKind.ArrowFunction, "an arrow function"],
  [SyntaxKind.FunctionExpression, "a function expression"],
  [SyntaxKind.FunctionDeclaration, "a function declaration"],
  [SyntaxKind.ClassExpression, "a class expression"],
  [SyntaxKind.ClassDeclaration, "a class declaration"],
  [SyntaxKind.EnumDeclaration, "an enum declaration"],
  [SyntaxKind.ModuleDeclaration, "a namespace declaration"],
  [SyntaxKind.NewExpression, "a `new` expression"],
  [SyntaxKind.ConditionalExpression, "a conditional (`? :`) expression"],
  [SyntaxKind.BinaryExpression, "an operator expression"],
  [SyntaxKind.PrefixUnaryExpression, "a unary operator"],
  [SyntaxKind.PostfixUnaryExpression, "an increment or decrement"],
  [SyntaxKind.AwaitExpression, "an `await` expression"],
  [SyntaxKind.YieldExpression, "a `yield` expression"],
  [SyntaxKind.TypeOfExpression, "a `typeof` expression"],
  [SyntaxKind.DeleteExpression, "a `delete` expression"],
  [SyntaxKind.VoidExpression, "a `void` expression"],
  [SyntaxKind.TemplateExpression, "a template literal with substitutions (`${…}`)"],
  [SyntaxKind.TaggedTemplateExpression, "a tagged template literal"],
  [SyntaxKind.RegularExpressionLiteral, "a regular expression"],
  [SyntaxKind.BigIntLiteral, "a BigInt literal"],
  [SyntaxKind.ThisKeyword, "`this`"],
  [SyntaxKind.SuperKeyword, "`super`"],
  [SyntaxKind.ImportKeyword, "a dynamic `import()`"],
  [SyntaxKind.MetaProperty, "`import.meta` or `new.target`"],
  [SyntaxKind.JsxElement, "a JSX element"],
  [SyntaxKind.JsxSelfClosingElement, "a JSX element"],
  [SyntaxKind.ForStatement, "a `for` loop"],
  [SyntaxKind.ForInStatement, "a `for…in` loop"],
  [SyntaxKind.ForOfStatement, "a `for…of` loop"],
  [SyntaxKind.WhileStatement, "a `while` loop"],
  [SyntaxKind.DoStatement, "a `do…while` loop"],
  [SyntaxKind.IfStatement, "an `if` statement"],
  [SyntaxKind.SwitchStatement, "a `switch` statement"],
  [SyntaxKind.TryStatement, "a `try` statement"],
  [SyntaxKind.ThrowStatement, "a `throw` statement"],
  [SyntaxKind.Block, "a block"],
  [SyntaxKind.LabeledStatement, "a labeled statement"],
  [SyntaxKind.ImportEqualsDeclaration, "an `import … = require(…)` declaration"],
  [SyntaxKind.MethodDeclaration, "a method"],
  [SyntaxKind.GetAccessor, "a getter"],
  [SyntaxKind.SetAccessor, "a setter"],
  [SyntaxKind.OmittedExpression, "an array hole"],
]);

/** Names the construct of a node in words, with its text when that is short. */
export function describeConstruct(node: Node): string {
  if (Node.isExpressionStatement(node)) {
    return `an expression statement (\`${abbreviate(node.getText())}\`)`;
  }
  if (Node.isBinaryExpression(node)) {
    return `the \`${node.getOperatorToken().getText()}\` operator`;
  }
  if (Node.isPrefixUnaryExpression(node)) {
    return `the unary \`${node.getText().charAt(0)}\` operator`;
  }
  const name = CONSTRUCT_NAMES.get(node.getKind());
  if (name !== undefined) {
    return name;
  }
  // Fall back to the syntax kind split into words, which is still better than nothing.
  return `a ${node.getKindName().replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
}

/** Shortens source text to one line of at most 60 characters for a message. */
export function abbreviate(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
