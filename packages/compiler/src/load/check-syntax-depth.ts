// Nesting depth of policy files, measured on their text before the TypeScript compiler parses them.
// The parser, binder and checker recurse once per level of nesting, so about 550 nested object
// literals, or a few thousand chained member accesses, overflow the stack (measured with
// TypeScript 6.0.2 on Node 20's default stack). The scanner reads one token at a time, without
// recursion, so it measures any text safely.

import { readFileSync } from "node:fs";
import type { Diagnostic } from "@fieldpolicy/core";
import { ts } from "ts-morph";
import { LOAD_CODES } from "../diagnostic-codes";
import { isInsideFolder } from "./evaluate-reference";
import { toDisplayPath } from "./locate-node";

/** Maximum nesting of brackets, of chained member accesses and of prefix operators in a file's text. */
export const MAX_SYNTAX_DEPTH = 100;

const OPENING_TOKENS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.OpenBraceToken,
  ts.SyntaxKind.OpenBracketToken,
  ts.SyntaxKind.OpenParenToken,
  ts.SyntaxKind.TemplateHead,
]);

const CLOSING_TOKENS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.TemplateTail,
]);

const PREFIX_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.ExclamationToken,
  ts.SyntaxKind.TildeToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.TypeOfKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.DeleteKeyword,
  ts.SyntaxKind.AwaitKeyword,
]);

/** The first place where a text nests deeper than `MAX_SYNTAX_DEPTH`, and what nests there. */
export interface DeepNesting {
  position: number;
  construct: string;
}

/**
 * Finds the first token past `MAX_SYNTAX_DEPTH` levels of nesting. Brackets count with any
 * content, while member accesses and prefix operators count only when they follow each other.
 * NOTE: a slash is read as division, so brackets inside a regular expression literal are counted.
 * Regular expressions are not allowed in policies, and the loader's stack overflow guard still
 * covers such a file.
 */
export function findDeepNesting(text: string): DeepNesting | null {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const open: ts.SyntaxKind[] = [];
  let memberAccesses = 0;
  let prefixOperators = 0;

  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.CloseBraceToken && open.at(-1) === ts.SyntaxKind.TemplateHead) {
      // This brace ends a `${…}` substitution, so the template literal goes on after it.
      token = scanner.reScanTemplateToken(false);
    }

    if (OPENING_TOKENS.has(token)) {
      open.push(token);
    } else if (CLOSING_TOKENS.has(token)) {
      open.pop();
    }
    if (token === ts.SyntaxKind.DotToken || token === ts.SyntaxKind.QuestionDotToken) {
      memberAccesses += 1;
    } else if (!isMemberName(token)) {
      memberAccesses = 0;
    }
    prefixOperators = PREFIX_OPERATORS.has(token) ? prefixOperators + 1 : 0;

    const construct =
      open.length > MAX_SYNTAX_DEPTH
        ? "brackets, braces or parentheses"
        : memberAccesses > MAX_SYNTAX_DEPTH
          ? "chained member accesses"
          : prefixOperators > MAX_SYNTAX_DEPTH
            ? "prefix operators"
            : null;
    if (construct !== null) {
      return { position: scanner.getTokenStart(), construct };
    }
  }

  return null;
}

/** True for a token that can name a member after a dot: an identifier, a keyword (`a.default`) or `#name`. */
function isMemberName(token: ts.SyntaxKind): boolean {
  return (
    token === ts.SyntaxKind.Identifier ||
    token === ts.SyntaxKind.PrivateIdentifier ||
    (token >= ts.SyntaxKind.FirstKeyword && token <= ts.SyntaxKind.LastKeyword)
  );
}

/** The nesting problems of a policy file and the files it imports, with the text of each file reported. */
export interface SyntaxDepthResult {
  diagnostics: Diagnostic[];
  /** Text of each file with a problem, by display path, for code frames. */
  sources: Map<string, string>;
}

/**
 * Checks the nesting of a policy file and of every file it imports, directly or not, before the
 * TypeScript compiler parses any of them. Imports are found and resolved by TypeScript's own
 * pre-processor and module resolution, which do not parse. Files of @fieldpolicy/core and of
 * installed packages are trusted and not read.
 */
export function checkSyntaxDepth(options: {
  file: string;
  compilerOptions: ts.CompilerOptions;
  coreFolder: string;
  cwd: string;
}): SyntaxDepthResult {
  const result: SyntaxDepthResult = { diagnostics: [], sources: new Map() };
  const seen = new Set([options.file]);
  const pending = [options.file];

  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const text = readText(file);
    if (text === null) {
      // The compiler reports a file it cannot read where it imports it.
      continue;
    }

    const nesting = findDeepNesting(text);
    if (nesting !== null) {
      const displayPath = toDisplayPath(file, options.cwd);
      result.diagnostics.push(buildDepthDiagnostic(displayPath, text, nesting));
      result.sources.set(displayPath, text);
      continue;
    }

    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(imported.fileName, file, options.compilerOptions, ts.sys).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport === true) {
        continue;
      }
      const target = resolved.resolvedFileName;
      if (!seen.has(target) && !isInsideFolder(target, options.coreFolder)) {
        seen.add(target);
        pending.push(target);
      }
    }
  }

  return result;
}

function buildDepthDiagnostic(displayPath: string, text: string, nesting: DeepNesting): Diagnostic {
  const lineStart = text.lastIndexOf("\n", nesting.position - 1) + 1;
  const line = text.slice(0, lineStart).split("\n").length;
  const column = nesting.position - lineStart + 1;
  return {
    code: LOAD_CODES.nestingTooDeep,
    severity: "error",
    message: `This text nests more than ${MAX_SYNTAX_DEPTH} levels of ${nesting.construct}, the maximum the compiler reads, so it checks nothing else of this policy.`,
    file: displayPath,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    path: null,
    hint: "Flatten the value; a policy needs only a few levels of nesting.",
  };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
