// Static evaluation of a policy expression. Only syntax whose value is fixed by the text alone is
// evaluated: literals, `const` references, spreads, member access on those, and calls to the
// helpers of @fieldpolicy/core. Everything else is reported, never run, because policies arrive in
// pull requests and compiling one must not execute it.

import {
  Node,
  SyntaxKind,
  type ArrayLiteralExpression,
  type ElementAccessExpression,
  type Expression,
  type ObjectLiteralExpression,
  type PropertyAccessExpression,
} from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import type { EvaluatedEntry, EvaluatedValue } from "../evaluated-value";
import { relocateValue } from "../evaluated-value";
import { evaluateCall } from "./evaluate-call";
import { describeConstruct } from "./describe-construct";
import { reportAtNode, type EvaluationContext } from "./evaluation-context";
import { locateNode } from "./locate-node";
import { evaluateReference } from "./evaluate-reference";
import { addItem, addSpread, emptyContainer, measureValue, reportExceededLimit } from "./value-limits";

const UNSUPPORTED_HINT =
  "Write the value as a literal or a `const` of the policy folder; the compiler never runs policy code.";

/**
 * Maximum number of expressions evaluated inside each other, counting each `const` reference as
 * one more. It keeps a long chain of references or member accesses from overflowing the stack.
 */
export const MAX_EVALUATION_DEPTH = 500;

/** Evaluates an expression statically. Returns null after reporting why it cannot. */
export function evaluateExpression(node: Expression, context: EvaluationContext): EvaluatedValue | null {
  if (context.evaluationDepth >= MAX_EVALUATION_DEPTH) {
    reportAtNode(context, node, {
      code: LOAD_CODES.nestingTooDeep,
      message: `This expression lies more than ${MAX_EVALUATION_DEPTH} levels deep, counting each constant on the way to it, the maximum the compiler evaluates.`,
      hint: "Shorten the chain of member accesses, or of constants that refer to each other.",
    });
    return null;
  }

  context.evaluationDepth += 1;
  try {
    return evaluateNestedExpression(node, context);
  } finally {
    context.evaluationDepth -= 1;
  }
}

function evaluateNestedExpression(node: Expression, context: EvaluationContext): EvaluatedValue | null {
  const location = locateNode(node, context.cwd);

  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) {
    return { kind: "primitive", value: node.getLiteralValue(), location };
  }
  if (Node.isNumericLiteral(node)) {
    return { kind: "primitive", value: node.getLiteralValue(), location };
  }
  if (Node.isTrueLiteral(node) || Node.isFalseLiteral(node)) {
    return { kind: "primitive", value: node.getLiteralValue(), location };
  }
  if (Node.isNullLiteral(node)) {
    return { kind: "primitive", value: null, location };
  }
  if (Node.isPrefixUnaryExpression(node) && isNegativeNumber(node.getOperatorToken(), node.getOperand())) {
    // isNegativeNumber checked that the operand is a numeric literal.
    const magnitude = Number(node.getOperand().getText().replace(/_/g, ""));
    return { kind: "primitive", value: -magnitude, location };
  }

  if (
    Node.isAsExpression(node) ||
    Node.isSatisfiesExpression(node) ||
    Node.isParenthesizedExpression(node) ||
    Node.isNonNullExpression(node) ||
    Node.isTypeAssertion(node)
  ) {
    // Type annotations do not change the value; `as const` is the common case.
    return evaluateExpression(node.getExpression(), context);
  }

  if (Node.isObjectLiteralExpression(node)) {
    return evaluateObjectLiteral(node, context);
  }
  if (Node.isArrayLiteralExpression(node)) {
    return evaluateArrayLiteral(node, context);
  }
  if (Node.isIdentifier(node)) {
    return evaluateReference(node, context);
  }
  if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) {
    return evaluateMemberAccess(node, context);
  }
  if (Node.isCallExpression(node)) {
    return evaluateCall(node, context);
  }

  reportAtNode(context, node, {
    code: LOAD_CODES.unsupportedExpression,
    message: `The compiler cannot evaluate ${describeConstruct(node)} without running it.`,
    hint: UNSUPPORTED_HINT,
  });
  return null;
}

function isNegativeNumber(operator: SyntaxKind, operand: Node): boolean {
  return operator === SyntaxKind.MinusToken && Node.isNumericLiteral(operand);
}

function evaluateObjectLiteral(node: ObjectLiteralExpression, context: EvaluationContext): EvaluatedValue | null {
  const entries = new Map<string, EvaluatedEntry>();
  let measure = emptyContainer();
  let failed = false;

  for (const member of node.getProperties()) {
    if (Node.isPropertyAssignment(member)) {
      const key = evaluatePropertyKey(member.getNameNode(), context);
      const initializer = member.getInitializer();
      const value = initializer === undefined ? null : evaluateExpression(initializer, context);
      if (key === null || value === null) {
        failed = true;
        continue;
      }
      measure = addItem(measure, measureValue(value), key.length);
      if (reportExceededLimit(context, member, "object", measure)) {
        return null;
      }
      entries.set(key, { keyLocation: locateNode(member.getNameNode(), context.cwd), value });
      continue;
    }

    if (Node.isShorthandPropertyAssignment(member)) {
      const key = evaluatePropertyKey(member.getNameNode(), context);
      const value = key === null ? null : evaluateReference(member.getNameNode(), context);
      if (value === null) {
        failed = true;
        continue;
      }
      measure = addItem(measure, measureValue(value), member.getName().length);
      if (reportExceededLimit(context, member, "object", measure)) {
        return null;
      }
      entries.set(member.getName(), { keyLocation: locateNode(member.getNameNode(), context.cwd), value });
      continue;
    }

    if (Node.isSpreadAssignment(member)) {
      const spread = evaluateExpression(member.getExpression(), context);
      if (spread === null) {
        failed = true;
        continue;
      }
      if (spread.kind !== "object") {
        reportAtNode(context, member, {
          code: LOAD_CODES.unsupportedExpression,
          message: `Only an object can be spread into an object, but \`${member.getExpression().getText()}\` is ${describeKind(spread)}.`,
          hint: "Spread an object literal or a `const` that holds one.",
        });
        failed = true;
        continue;
      }
      measure = addSpread(measure, measureValue(spread));
      if (reportExceededLimit(context, member, "object", measure)) {
        return null;
      }
      // Map.set keeps the position of an existing key, as object spread in JavaScript does.
      for (const [key, entry] of spread.entries) {
        entries.set(key, entry);
      }
      continue;
    }

    reportAtNode(context, member, {
      code: LOAD_CODES.unsupportedExpression,
      message: `The compiler cannot evaluate ${describeConstruct(member)} in an object literal.`,
      hint: "Give the property a literal value; a policy holds data, not functions.",
    });
    failed = true;
  }

  return failed ? null : { kind: "object", entries, location: locateNode(node, context.cwd) };
}

/**
 * Evaluates a property name. `__proto__` is rejected: plain assignment of that key changes an
 * object's prototype instead of adding a property, so later steps would silently drop it.
 */
function evaluatePropertyKey(name: Node, context: EvaluationContext): string | null {
  const key = readPropertyKey(name, context);
  if (key === "__proto__") {
    reportAtNode(context, name, {
      code: LOAD_CODES.unsupportedExpression,
      message: "The property name `__proto__` is not allowed in a policy.",
      hint: "Rename the key; names in a policy start with a lower-case letter.",
    });
    return null;
  }
  return key;
}

function readPropertyKey(name: Node, context: EvaluationContext): string | null {
  if (Node.isIdentifier(name) || Node.isPrivateIdentifier(name)) {
    return name.getText();
  }
  if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) {
    return name.getLiteralValue();
  }
  if (Node.isNumericLiteral(name)) {
    return String(name.getLiteralValue());
  }
  if (Node.isComputedPropertyName(name)) {
    const key = evaluateExpression(name.getExpression(), context);
    if (key === null) {
      return null;
    }
    if (key.kind === "primitive" && (typeof key.value === "string" || typeof key.value === "number")) {
      return String(key.value);
    }
    reportAtNode(context, name, {
      code: LOAD_CODES.unsupportedExpression,
      message: `A computed property name must evaluate to a string or number, but \`${name.getText()}\` is ${describeKind(key)}.`,
      hint: "Use a string `const` as the key.",
    });
    return null;
  }
  reportAtNode(context, name, {
    code: LOAD_CODES.unsupportedExpression,
    message: `The compiler cannot evaluate the property name \`${name.getText()}\`.`,
    hint: UNSUPPORTED_HINT,
  });
  return null;
}

function evaluateArrayLiteral(node: ArrayLiteralExpression, context: EvaluationContext): EvaluatedValue | null {
  const items: EvaluatedValue[] = [];
  let measure = emptyContainer();
  let failed = false;

  for (const element of node.getElements()) {
    if (Node.isSpreadElement(element)) {
      const spread = evaluateExpression(element.getExpression(), context);
      if (spread === null) {
        failed = true;
      } else if (spread.kind === "array") {
        measure = addSpread(measure, measureValue(spread));
        if (reportExceededLimit(context, element, "array", measure)) {
          return null;
        }
        // One push per item, because `push(...items)` passes every item as an argument and
        // overflows the stack for a long array.
        for (const item of spread.items) {
          items.push(item);
        }
      } else {
        reportAtNode(context, element, {
          code: LOAD_CODES.unsupportedExpression,
          message: `Only an array can be spread into an array, but \`${element.getExpression().getText()}\` is ${describeKind(spread)}.`,
          hint: "Spread an array literal or a `const` that holds one.",
        });
        failed = true;
      }
      continue;
    }

    const item = evaluateExpression(element, context);
    if (item === null) {
      failed = true;
      continue;
    }
    measure = addItem(measure, measureValue(item));
    if (reportExceededLimit(context, element, "array", measure)) {
      return null;
    }
    items.push(item);
  }

  return failed ? null : { kind: "array", items, location: locateNode(node, context.cwd) };
}

function evaluateMemberAccess(
  node: PropertyAccessExpression | ElementAccessExpression,
  context: EvaluationContext,
): EvaluatedValue | null {
  const target = node.getExpression();
  const root = findChainRoot(node);
  if (Node.isIdentifier(root) && root.getText() === "process" && isGlobal(root)) {
    reportAtNode(context, node, {
      code: LOAD_CODES.unsupportedReference,
      message: `\`${node.getText()}\` reads the environment of the process, which the compiler never runs.`,
      hint: "Write the value into the policy, or into a `const` of the policy folder.",
    });
    return null;
  }
  if (node.hasQuestionDotToken()) {
    reportAtNode(context, node, {
      code: LOAD_CODES.unsupportedExpression,
      message: `The compiler cannot evaluate the optional chain \`${node.getText()}\`.`,
      hint: "Use plain `.` access on a value that exists.",
    });
    return null;
  }

  const owner = evaluateExpression(target, context);
  if (owner === null) {
    return null;
  }
  const key = readMemberKey(node, context);
  if (key === null) {
    return null;
  }

  const location = locateNode(node, context.cwd);
  if (owner.kind === "object" && typeof key === "string") {
    const entry = owner.entries.get(key);
    if (entry !== undefined) {
      return relocateValue(entry.value, location);
    }
  }
  if (owner.kind === "array" && typeof key === "number") {
    const item = owner.items[key];
    if (item !== undefined) {
      return relocateValue(item, location);
    }
  }
  if (owner.kind === "array" && key === "length") {
    return { kind: "primitive", value: owner.items.length, location };
  }

  reportAtNode(context, node, {
    code: LOAD_CODES.missingMember,
    message: `\`${target.getText()}\` (${describeKind(owner)}) has no member ${JSON.stringify(key)}.`,
    hint: "Check the name or the index against the value it reads from.",
  });
  return null;
}

function readMemberKey(
  node: PropertyAccessExpression | ElementAccessExpression,
  context: EvaluationContext,
): string | number | null {
  if (Node.isPropertyAccessExpression(node)) {
    return node.getName();
  }
  const argument = node.getArgumentExpressionOrThrow();
  const key = evaluateExpression(argument, context);
  if (key === null) {
    return null;
  }
  if (key.kind === "primitive" && typeof key.value === "string") {
    return key.value;
  }
  if (key.kind === "primitive" && typeof key.value === "number" && Number.isInteger(key.value)) {
    return key.value;
  }
  reportAtNode(context, argument, {
    code: LOAD_CODES.unsupportedExpression,
    message: `An element access needs a string or an integer index, but \`${argument.getText()}\` is ${describeKind(key)}.`,
    hint: "Index with a string or integer literal or `const`.",
  });
  return null;
}

/** Returns the expression a chain of member accesses starts from (`process` in `process.env.HOME`). */
function findChainRoot(node: Node): Node {
  let current = node;
  while (Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current)) {
    current = current.getExpression();
  }
  return current;
}

/** True when a name resolves to no declaration of the policy folder, such as Node's `process`. */
function isGlobal(identifier: Node): boolean {
  const declaration = identifier.getSymbol()?.getDeclarations()[0];
  return declaration === undefined || declaration.getSourceFile().isDeclarationFile();
}

/** Names the JSON kind of an evaluated value for messages. */
export function describeKind(value: EvaluatedValue): string {
  if (value.kind === "array") {
    return "an array";
  }
  if (value.kind === "object") {
    return "an object";
  }
  return value.value === null ? "null" : `the ${typeof value.value} ${JSON.stringify(value.value)}`;
}
