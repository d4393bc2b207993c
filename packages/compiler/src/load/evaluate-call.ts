// Calls in a policy: only helpers of @fieldpolicy/core are evaluated, by running our own
// implementation on statically evaluated arguments.

import { Node, SyntaxKind, type CallExpression } from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import { fromPlainValue, toPlainValueTracked, type EvaluatedValue } from "../evaluated-value";
import { CORE_HELPERS, type CoreHelper } from "./core-helpers";
import { abbreviate } from "./describe-construct";
import { evaluateExpression } from "./evaluate-expression";
import { isInsideFolder } from "./evaluate-reference";
import { reportAtNode, type EvaluationContext } from "./evaluation-context";
import { locateNode } from "./locate-node";

const HELPER_NAMES = [...CORE_HELPERS.keys()].map((name) => `\`${name}\``).join(", ");

/** Evaluates a call to a helper of @fieldpolicy/core. Returns null after reporting any other call. */
export function evaluateCall(node: CallExpression, context: EvaluationContext): EvaluatedValue | null {
  const callee = node.getExpression();
  const helper = resolveHelper(callee, context);
  if (helper === null) {
    reportAtNode(context, node, {
      code: LOAD_CODES.unsupportedCall,
      message: `${describeCall(node)}; the compiler never runs policy code.`,
      hint: `Only the helpers of @fieldpolicy/core (${HELPER_NAMES}) may be called; write other values as literals or constants.`,
    });
    return null;
  }

  const args = node.getArguments();
  if (args.length !== helper.arity) {
    reportAtNode(context, node, {
      code: LOAD_CODES.unsupportedCall,
      message: `\`${helper.name}\` takes ${helper.arity} argument(s), but the call passes ${args.length}.`,
      hint: `Pass the policy object as the only argument of \`${helper.name}\`.`,
    });
    return null;
  }

  const evaluated: EvaluatedValue[] = [];
  for (const arg of args) {
    const value = Node.isExpression(arg) && !Node.isSpreadElement(arg) ? evaluateExpression(arg, context) : reportSpreadArgument(arg, context);
    if (value === null) {
      return null;
    }
    evaluated.push(value);
  }

  // The helper receives plain JSON. `known` keeps the locations of the values it passes through.
  const known = new WeakMap<object, EvaluatedValue>();
  const plainArgs = evaluated.map((value) => toPlainValueTracked(value, known));
  const result = fromPlainValue(helper.run(plainArgs), locateNode(node, context.cwd), known);
  if (result === null) {
    reportAtNode(context, node, {
      code: LOAD_CODES.unsupportedCall,
      message: `\`${helper.name}\` returned a value that is not JSON.`,
      hint: "Pass only strings, numbers, booleans, null, arrays and objects.",
    });
  }
  return result;
}

function reportSpreadArgument(arg: Node, context: EvaluationContext): null {
  reportAtNode(context, arg, {
    code: LOAD_CODES.unsupportedExpression,
    message: `The compiler cannot evaluate the spread argument \`${abbreviate(arg.getText())}\`.`,
    hint: "Pass the argument directly.",
  });
  return null;
}

function resolveHelper(callee: Node, context: EvaluationContext): CoreHelper | null {
  const nameNode = Node.isIdentifier(callee)
    ? callee
    : Node.isPropertyAccessExpression(callee)
      ? callee.getNameNode()
      : null;
  if (nameNode === null) {
    return null;
  }
  const symbol = nameNode.getSymbol();
  const target = symbol?.isAlias() === true ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
  const declaration = target?.getDeclarations()[0];
  if (target === undefined || declaration === undefined) {
    return null;
  }
  if (!isInsideFolder(declaration.getSourceFile().getFilePath(), context.coreFolder)) {
    return null;
  }
  return CORE_HELPERS.get(target.getName()) ?? null;
}

/** Says what a call would do, in words an author recognizes. */
function describeCall(node: CallExpression): string {
  const callee = node.getExpression();
  const text = abbreviate(node.getText());
  if (callee.getKind() === SyntaxKind.ImportKeyword) {
    return `\`${text}\` is a dynamic import, which loads a module at run time`;
  }
  if (Node.isIdentifier(callee) && callee.getText() === "require") {
    return `\`${text}\` calls \`require\`, which loads a module at run time`;
  }
  return `\`${text}\` calls \`${abbreviate(callee.getText())}\`, which is not a helper of @fieldpolicy/core`;
}
