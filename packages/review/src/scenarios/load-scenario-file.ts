// Loads a `*.scenarios.ts` file statically, exactly as policies are loaded, validates its shape
// against schemas/scenarios.schema.json and compiles the policy it names.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDiagnostic, hasErrors, type Catalog, type Diagnostic, type PolicyIR } from "@fieldpolicy/core";
import { compilePolicy, loadPolicy, locateDiagnostic } from "@fieldpolicy/compiler";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import type { LoadedScenario } from "./run-scenarios";

const SCENARIOS_SCHEMA_URL = new URL("../../../../schemas/scenarios.schema.json", import.meta.url);

/** Code of a scenarios file whose shape does not match schemas/scenarios.schema.json. */
export const SCENARIO_SHAPE_CODE = "FP7001";

/** Code of a scenario naming a field the policy does not have. */
export const SCENARIO_FIELD_CODE = "FP7002";

/** Code of a scenarios file whose policy path is not a policy file under the working folder. */
export const SCENARIO_POLICY_PATH_CODE = "FP7003";

/** A person in a scenario file's user directory. */
export interface ScenarioUser {
  email: string;
  ids: Record<string, string>;
  active: Record<string, boolean>;
}

/** A loaded scenarios file with its compiled policy. */
export interface LoadedScenarioFile {
  /** The scenarios file, relative to the working directory. */
  file: string;
  /** Null when the file or its policy has errors. */
  ir: PolicyIR | null;
  scenarios: LoadedScenario[];
  /** The user directory of the file, for owner fields. */
  users: ScenarioUser[];
  diagnostics: Diagnostic[];
  /** Source text by display path, for code frames. */
  sources: Map<string, string>;
}

let validateShape: ReturnType<Ajv2020["compile"]> | null = null;

function compileShapeValidator(): ReturnType<Ajv2020["compile"]> {
  if (validateShape === null) {
    const schema = JSON.parse(readFileSync(fileURLToPath(SCENARIOS_SCHEMA_URL), "utf8")) as object;
    validateShape = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  }
  return validateShape;
}

/** Loads one scenarios file and the policy it names; nothing the author wrote is executed. */
export function loadScenarioFile(
  file: string,
  options: { cwd?: string; catalog?: Catalog | null } = {},
): LoadedScenarioFile {
  const cwd = options.cwd ?? process.cwd();
  const loaded = loadPolicy(path.resolve(cwd, file), { cwd });
  const result: LoadedScenarioFile = {
    file: path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/"),
    ir: null,
    scenarios: [],
    users: [],
    diagnostics: [...loaded.diagnostics],
    sources: loaded.sources,
  };
  if (loaded.spec === null || hasErrors(result.diagnostics)) {
    return result;
  }

  const validate = compileShapeValidator();
  if (!validate(loaded.spec)) {
    result.diagnostics.push(
      ...(validate.errors ?? []).map((error) => locateDiagnostic(buildShapeDiagnostic(error), loaded.sourceMap)),
    );
    return result;
  }
  // The schema check above guarantees this shape.
  const spec = loaded.spec as unknown as { policy: string; scenarios: LoadedScenario[]; users?: ScenarioUser[] };

  const policyFile = path.relative(cwd, path.resolve(path.dirname(path.resolve(cwd, file)), spec.policy));
  // Scenario files arrive in pull requests, and the compiler prints code frames of what it reads,
  // so the named file must be a policy file under the working folder, never any file on the machine.
  if (!spec.policy.endsWith(".policy.ts") || policyFile.startsWith("..") || path.isAbsolute(policyFile)) {
    result.diagnostics.push(
      locateDiagnostic(
        buildDiagnostic({
          code: SCENARIO_POLICY_PATH_CODE,
          message: `Scenario file names ${JSON.stringify(spec.policy)} as its policy, which is not a *.policy.ts file under ${cwd}.`,
          path: "/policy",
          hint: 'Name the policy file relative to the scenarios file, such as "./lead.policy.ts", and run the command from the repository.',
        }),
        loaded.sourceMap,
      ),
    );
    return result;
  }
  const compiled = compilePolicy(policyFile, { cwd, catalog: options.catalog ?? null });
  result.diagnostics.push(...compiled.diagnostics);
  for (const [source, text] of compiled.sources) {
    result.sources.set(source, text);
  }
  if (compiled.ir === null) {
    return result;
  }

  const unknownFields = spec.scenarios.flatMap((scenario, index) =>
    Object.hasOwn(compiled.ir!.fields, scenario.field)
      ? []
      : [
          locateDiagnostic(
            buildDiagnostic({
              code: SCENARIO_FIELD_CODE,
              message: `Scenario "${scenario.name}" names field \`${scenario.field}\`, which policy ${compiled.ir!.name} does not have.`,
              path: `/scenarios/${index}/field`,
              hint: `Use one of: ${Object.keys(compiled.ir!.fields).join(", ")}.`,
            }),
            loaded.sourceMap,
          ),
        ],
  );
  result.diagnostics.push(...unknownFields);
  result.ir = hasErrors(result.diagnostics) ? null : compiled.ir;
  result.scenarios = spec.scenarios;
  result.users = spec.users ?? [];
  return result;
}

function buildShapeDiagnostic(error: ErrorObject): Diagnostic {
  const where = error.instancePath === "" ? "the scenarios file" : error.instancePath;
  return buildDiagnostic({
    code: SCENARIO_SHAPE_CODE,
    message: `Invalid scenarios at ${where}: ${error.message ?? "does not match the schema"}.`,
    path: error.instancePath,
    hint: 'Write the file as `export default defineScenarios<typeof policy>({ policy: "./x.policy.ts", scenarios: [ … ] })`.',
  });
}
