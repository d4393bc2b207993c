// Codes of the diagnostics the compiler pipeline itself reports. Semantic checks own their codes
// (FP3xxx) in their own modules. A code never changes meaning once released.

/** Loading: reading, type-checking and statically evaluating a policy file. */
export const LOAD_CODES = {
  /** The TypeScript checker reports an error in the policy file or a file it imports. */
  typeError: "FP1001",
  /** The policy file or folder does not exist or cannot be read. */
  fileNotFound: "FP1002",
  /** The policy file contains no statements. */
  emptyFile: "FP1003",
  /** The policy file is not valid TypeScript syntax. */
  syntaxError: "FP1004",
  /** The policy file has no `export default`. */
  missingDefaultExport: "FP1005",
  /** An expression the compiler cannot evaluate without running it. */
  unsupportedExpression: "FP1006",
  /** A top-level statement other than an import that binds names, a type, a `const` or `export default`. */
  unsupportedStatement: "FP1007",
  /** A name that is not a `const` of the policy folder or a helper of @fieldpolicy/core. */
  unsupportedReference: "FP1008",
  /** A call to a function that is not a helper of @fieldpolicy/core. */
  unsupportedCall: "FP1009",
  /** A `const` whose value depends on itself. */
  circularReference: "FP1010",
  /** A property or element access that finds no value. */
  missingMember: "FP1011",
  /** A value that contains more values or characters than the loader evaluates, once spreads and constants are expanded. */
  valueTooLarge: "FP1012",
  /** Syntax, a value or a chain of constant references that nests deeper than the loader reads. */
  nestingTooDeep: "FP1013",
} as const;

/** Schema validation of the normalized IR against schemas/policy.schema.json. */
export const SCHEMA_CODES = {
  /** Any schema error that has no more specific code. */
  invalid: "FP2000",
  unknownProperty: "FP2001",
  missingProperty: "FP2002",
  valueNotAllowed: "FP2003",
  wrongType: "FP2004",
  patternMismatch: "FP2005",
  outOfRange: "FP2006",
  duplicateItem: "FP2007",
  tooFewItems: "FP2008",
} as const;

/** Checks across policies and over waivers. */
export const PIPELINE_CODES = {
  /** Two policy files declare the same `name`. */
  duplicatePolicyName: "FP4001",
  /** A waiver lifts no diagnostic. A warning. */
  unusedWaiver: "FP4002",
  /** A waiver names a code that no semantic check reports. */
  unknownWaiverCode: "FP4003",
  /** A path given on the command line contains no policy file. */
  noPolicyFiles: "FP4004",
} as const;

/** One line per code of the loader, the schema validation and the pipeline, for SARIF rules and documentation. */
export const PIPELINE_CODE_DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  [LOAD_CODES.typeError, "The TypeScript checker reports an error in the policy file or a file it imports."],
  [LOAD_CODES.fileNotFound, "The policy file does not exist or is not a file."],
  [LOAD_CODES.emptyFile, "The policy file contains no statements."],
  [LOAD_CODES.syntaxError, "The policy file is not valid TypeScript syntax."],
  [LOAD_CODES.missingDefaultExport, "The policy file has no `export default` expression."],
  [LOAD_CODES.unsupportedExpression, "An expression cannot be evaluated without running it."],
  [
    LOAD_CODES.unsupportedStatement,
    "A top-level statement is not an import that binds names, a type, a `const` or `export default`.",
  ],
  [LOAD_CODES.unsupportedReference, "A name is not a `const` of the policy folder."],
  [LOAD_CODES.unsupportedCall, "A call is not to a helper of @fieldpolicy/core."],
  [LOAD_CODES.circularReference, "A `const` depends on itself."],
  [LOAD_CODES.missingMember, "A property or element access finds no value."],
  [LOAD_CODES.valueTooLarge, "A value is larger than the compiler evaluates, once its spreads are expanded."],
  [LOAD_CODES.nestingTooDeep, "Syntax, a value or a chain of constant references nests too deeply."],
  [SCHEMA_CODES.invalid, "The policy does not match the IR schema."],
  [SCHEMA_CODES.unknownProperty, "A property is not part of the policy language."],
  [SCHEMA_CODES.missingProperty, "A required property is missing."],
  [SCHEMA_CODES.valueNotAllowed, "A value is not one of the allowed values."],
  [SCHEMA_CODES.wrongType, "A value has the wrong type."],
  [SCHEMA_CODES.patternMismatch, "A name, code or date does not have the required form."],
  [SCHEMA_CODES.outOfRange, "A number is out of range."],
  [SCHEMA_CODES.duplicateItem, "A list repeats an item."],
  [SCHEMA_CODES.tooFewItems, "A text, list or map is empty or too short."],
  [PIPELINE_CODES.duplicatePolicyName, "Two policy files declare the same name."],
  [PIPELINE_CODES.unusedWaiver, "A waiver lifts no diagnostic."],
  [PIPELINE_CODES.unknownWaiverCode, "A waiver names a code that no semantic check reports."],
  [PIPELINE_CODES.noPolicyFiles, "A folder given on the command line contains no policy file."],
]);
