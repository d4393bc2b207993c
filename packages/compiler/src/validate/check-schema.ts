// Validates a candidate IR against schemas/policy.schema.json and turns each ajv error into a
// diagnostic at the place the author wrote the value (or, for a missing value, the object that
// lacks it).

import { buildDiagnostic, type Diagnostic, type PolicyIR } from "@fieldpolicy/core";
import type { ErrorObject } from "ajv/dist/2020.js";
import { SCHEMA_CODES } from "../diagnostic-codes";
import type { PolicySourceMap } from "../source-map";
import { locateDiagnostic } from "../locate-diagnostic";
import { collapseAlternatives } from "./collapse-alternatives";
import { loadSchemaValidator } from "./schema-validator";
import { describeValue, readPointer } from "./read-pointer";

/** The result of schema validation: the typed IR when it is valid, and a diagnostic per problem. */
export interface SchemaCheckResult {
  ir: PolicyIR | null;
  diagnostics: Diagnostic[];
}

/** Validates a candidate IR and maps every error through the source map. */
export function checkSchema(candidate: unknown, sourceMap: PolicySourceMap): SchemaCheckResult {
  const { schema, validate } = loadSchemaValidator();
  if (validate(candidate)) {
    // ajv's type guard is `unknown`; a value that passed the schema has the generated IR type.
    return { ir: candidate as PolicyIR, diagnostics: [] };
  }

  // A propertyNames error only repeats the error about the name that follows it.
  const errors = collapseAlternatives(validate.errors ?? [], candidate, schema).filter(
    (error) => error.keyword !== "propertyNames",
  );
  const diagnostics = errors.map((error) => {
    const { diagnostic, preferKey } = buildSchemaDiagnostic(error, candidate);
    return locateDiagnostic(diagnostic, sourceMap, { preferKey });
  });
  return { ir: null, diagnostics: dedupe(diagnostics) };
}

function buildSchemaDiagnostic(error: ErrorObject, candidate: unknown): { diagnostic: Diagnostic; preferKey: boolean } {
  const at = error.instancePath === "" ? "the policy" : error.instancePath;
  const value = readPointer(candidate, error.instancePath);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case "additionalProperty":
    case "additionalProperties": {
      const property = String(params["additionalProperty"]);
      const allowed = Object.keys(readAllowedProperties(error)).sort();
      return {
        preferKey: true,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.unknownProperty,
          message: `Unknown property "${property}" in ${at}.`,
          path: `${error.instancePath}/${escapePointer(property)}`,
          hint: allowed.length > 0 ? `Allowed properties: ${allowed.join(", ")}.` : "Remove the property.",
        }),
      };
    }
    case "required": {
      const property = String(params["missingProperty"]);
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.missingProperty,
          message: `Missing required property "${property}" in ${at}.`,
          path: error.instancePath,
          hint: `Add \`${property}\`.`,
        }),
      };
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? (params["allowedValues"] as unknown[]) : [params["allowedValue"]];
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.valueNotAllowed,
          message: `${describeValue(value)} is not allowed at ${at}.`,
          path: error.instancePath,
          hint: `Allowed values: ${allowed.map((entry) => JSON.stringify(entry)).join(", ")}.`,
        }),
      };
    }
    case "type":
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.wrongType,
          message: `${at} must be ${describeType(params["type"])}, but it is ${describeValue(value)}.`,
          path: error.instancePath,
          hint: null,
        }),
      };
    case "pattern":
      return buildPatternDiagnostic(error, value, at);
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.outOfRange,
          message: `${at} must be ${COMPARISONS[error.keyword]} ${String(params["limit"])}, but it is ${describeValue(value)}.`,
          path: error.instancePath,
        }),
      };
    case "minLength":
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.tooFewItems,
          message: `${at} must not be empty.`,
          path: error.instancePath,
        }),
      };
    case "minItems":
    case "minProperties":
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.tooFewItems,
          message: Number(params["limit"]) === 1
            ? `${at} must not be empty.`
            : `${at} must have at least ${String(params["limit"])} ${error.keyword === "minItems" ? "items" : "entries"}.`,
          path: error.instancePath,
        }),
      };
    case "uniqueItems": {
      // ajv names the two equal items i and j without promising which comes first.
      const first = Math.min(Number(params["i"]), Number(params["j"]));
      const duplicate = Math.max(Number(params["i"]), Number(params["j"]));
      const item = readPointer(candidate, `${error.instancePath}/${duplicate}`);
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.duplicateItem,
          message: `${describeValue(item)} appears twice in ${at} (items ${first} and ${duplicate}).`,
          path: `${error.instancePath}/${duplicate}`,
          hint: "Remove the repeated item.",
        }),
      };
    }
    default:
      return {
        preferKey: false,
        diagnostic: buildDiagnostic({
          code: SCHEMA_CODES.invalid,
          message: `${at} is invalid: ${error.message ?? error.keyword}.`,
          path: error.instancePath,
        }),
      };
  }
}

const COMPARISONS: Record<string, string> = {
  minimum: "at least",
  maximum: "at most",
  exclusiveMinimum: "greater than",
  exclusiveMaximum: "less than",
};

function buildPatternDiagnostic(
  error: ErrorObject,
  value: unknown,
  at: string,
): { diagnostic: Diagnostic; preferKey: boolean } {
  const pattern = String((error.params as Record<string, unknown>)["pattern"]);
  // A pattern error inside propertyNames is about a key, not a value.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  const subject = propertyName === undefined ? describeValue(value) : `The name "${propertyName}"`;
  const path = propertyName === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(propertyName)}`;
  return {
    preferKey: propertyName !== undefined,
    diagnostic: buildDiagnostic({
      code: SCHEMA_CODES.patternMismatch,
      message: `${subject} in ${at} does not match the pattern ${pattern}.`,
      path,
      hint: PATTERN_HINTS[pattern] ?? null,
    }),
  };
}

const PATTERN_HINTS: Record<string, string> = {
  "^[a-z][A-Za-z0-9]*$": "Names start with a lower-case letter and contain only letters and digits (camelCase).",
  "^[a-z][a-z0-9-]*$": "Policy names start with a lower-case letter and contain only lower-case letters, digits and hyphens.",
  "^FP\\d{4}$": "Codes are `FP` followed by four digits, as diagnostics print them.",
  "^\\d{4}-\\d{2}-\\d{2}$": "Write dates as YYYY-MM-DD.",
};

function readAllowedProperties(error: ErrorObject): Record<string, unknown> {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return parent?.properties ?? {};
}

function describeType(type: unknown): string {
  const names = Array.isArray(type) ? type.map(String) : [String(type)];
  return names.map((name) => (name === "object" || name === "array" || name === "integer" ? `an ${name}` : `a ${name}`)).join(" or ").replace("a null", "null");
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.code}|${diagnostic.path ?? ""}|${diagnostic.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
