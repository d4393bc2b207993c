// A small syntax tree for Salesforce formulas, so rules are composed from calls rather than
// concatenated strings, and string literals are always escaped.

/** A formula expression: a call of a formula function, or a literal token printed as it is. */
export type Formula =
  | { kind: "call"; name: string; args: readonly Formula[] }
  | { kind: "compare"; operator: ComparisonOperator; left: Formula; right: Formula }
  | { kind: "token"; text: string };

/** The comparison operators the generated rules use. */
export type ComparisonOperator = "=" | "<" | ">";

/** Longest `errorConditionFormula` Salesforce accepts, in characters. */
export const MAX_FORMULA_LENGTH = 3900;

const INLINE_WIDTH = 80;
const INDENT = "    ";

/** Builds a token printed verbatim: a field reference, a `$Permission` reference, a number, TRUE or FALSE. */
export function token(text: string): Formula {
  return { kind: "token", text };
}

/** Builds a call of a formula function such as `ISCHANGED` or `CASE`. */
export function call(name: string, ...args: Formula[]): Formula {
  return { kind: "call", name, args };
}

/**
 * Builds a string literal. Inside formula strings a backslash starts an escape, so backslashes and both
 * quote characters are escaped with a backslash.
 */
export function stringLiteral(value: string): Formula {
  return token(`"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/'/g, "\\'")}"`);
}

/** Builds a comparison such as `TEXT(LeadSource) = "Web"`. */
export function compare(operator: ComparisonOperator, left: Formula, right: Formula): Formula {
  return { kind: "compare", operator, left, right };
}

export const TRUE = token("TRUE");
export const FALSE = token("FALSE");

/** Builds the AND of the terms. TRUE terms drop out, and a single term is returned as it is. */
export function and(...terms: Formula[]): Formula {
  const kept = terms.filter((term) => term !== TRUE);
  if (kept.includes(FALSE)) {
    return FALSE;
  }
  return combine("AND", kept, TRUE);
}

/** Builds the OR of the terms. FALSE terms drop out, and a single term is returned as it is. */
export function or(...terms: Formula[]): Formula {
  const kept = terms.filter((term) => term !== FALSE);
  if (kept.includes(TRUE)) {
    return TRUE;
  }
  return combine("OR", kept, FALSE);
}

function combine(name: "AND" | "OR", terms: Formula[], empty: Formula): Formula {
  if (terms.length === 0) {
    return empty;
  }
  if (terms.length === 1) {
    return terms[0]!;
  }
  return call(name, ...terms);
}

/** Builds the NOT of a term, removing a double negation. */
export function not(term: Formula): Formula {
  if (term === TRUE) {
    return FALSE;
  }
  if (term === FALSE) {
    return TRUE;
  }
  if (term.kind === "call" && term.name === "NOT" && term.args.length === 1) {
    return term.args[0]!;
  }
  return call("NOT", term);
}

/**
 * Prints a formula. A call that fits in 80 characters stays on one line. A longer one puts each
 * argument on its own indented line, so a regenerated rule diffs line by line.
 */
export function renderFormula(formula: Formula, depth = 0): string {
  const inline = renderInline(formula);
  if (formula.kind === "token" || inline.length + depth * INDENT.length <= INLINE_WIDTH) {
    return inline;
  }
  if (formula.kind === "compare") {
    return `${renderFormula(formula.left, depth)} ${formula.operator} ${renderFormula(formula.right, depth)}`;
  }
  const inner = INDENT.repeat(depth + 1);
  const lines = groupArguments(formula).map((group) => inner + group.map((arg) => renderFormula(arg, depth + 1)).join(", "));
  return `${formula.name}(\n${lines.join(",\n")}\n${INDENT.repeat(depth)})`;
}

// CASE reads best with each value and its result on one line: the expression, the pairs, the default.
function groupArguments(formula: Extract<Formula, { kind: "call" }>): Formula[][] {
  if (formula.name !== "CASE" || formula.args.length < 2) {
    return formula.args.map((arg) => [arg]);
  }
  const [expression, ...rest] = formula.args;
  const groups: Formula[][] = [[expression!]];
  for (let index = 0; index + 1 < rest.length; index += 2) {
    groups.push([rest[index]!, rest[index + 1]!]);
  }
  groups.push([rest[rest.length - 1]!]);
  return groups;
}

function renderInline(formula: Formula): string {
  if (formula.kind === "token") {
    return formula.text;
  }
  if (formula.kind === "compare") {
    return `${renderInline(formula.left)} ${formula.operator} ${renderInline(formula.right)}`;
  }
  return `${formula.name}(${formula.args.map(renderInline).join(", ")})`;
}
