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
  /** A top-level statement other than an import, a type, a `const` or `export default`. */
  unsupportedStatement: "FP1007",
  /** A name that is not a `const` of the policy folder or a helper of @fieldpolicy/core. */
  unsupportedReference: "FP1008",
  /** A call to a function that is not a helper of @fieldpolicy/core. */
  unsupportedCall: "FP1009",
  /** A `const` whose value depends on itself. */
  circularReference: "FP1010",
  /** A property or element access that finds no value. */
  missingMember: "FP1011",
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
