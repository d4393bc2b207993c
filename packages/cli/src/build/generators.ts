// The generators `fieldpolicy build` runs, in order. Each turns a policy's IR into files under
// `<out>/<policy name>/<folder>/`; it never touches the disk. Append a generator here to add an output.

import type { Catalog, GeneratorResult, PolicyIR } from "@fieldpolicy/core";
import { generateSlaDocument } from "@fieldpolicy/generator-docs";
import { generateHubSpot } from "@fieldpolicy/generator-hubspot";
import { generateMarketo } from "@fieldpolicy/generator-marketo";
import { generateResolver } from "@fieldpolicy/generator-resolver";
import { generateSalesforceProject } from "@fieldpolicy/generator-salesforce";
import { generateEnforcementPlan } from "./generate-enforcement-plan";
import { generateIr } from "./generate-ir";

/** What a generator may read besides the IR. */
export interface GeneratorContext {
  /** The field catalogs passed with `--catalog`, or null. */
  catalog: Catalog | null;
  /** The policy file the IR came from, relative to the working directory. */
  policyFile: string;
  /** Options of the build that generators may honour. */
  options: {
    /** The output folder, relative to the working directory, for messages. */
    outDir: string;
  };
}

/** One output of `build`. */
export interface RegisteredGenerator {
  /** Short name shown in the build summary. */
  name: string;
  /** Folder inside the policy's output folder that the files go to; "" for the policy's folder itself. */
  folder: string;
  /** Returns the files for one policy. The IR is frozen: a generator must not change it. */
  generate(ir: PolicyIR, context: GeneratorContext): GeneratorResult;
}

/** Every generator, in the order the build runs them and the summary lists them. */
export const GENERATORS: readonly RegisteredGenerator[] = [
  { name: "ir", folder: "", generate: generateIr },
  { name: "enforcement-plan", folder: "", generate: generateEnforcementPlan },
  // Both return no files for a policy without their platform and Salesforce.
  { name: "hubspot", folder: "hubspot", generate: (ir) => generateHubSpot(ir) },
  { name: "marketo", folder: "marketo", generate: (ir) => generateMarketo(ir) },
  {
    name: "salesforce",
    folder: "salesforce",
    generate: (ir, context) => generateSalesforceProject(ir, { catalog: context.catalog }),
  },
  { name: "docs", folder: "docs", generate: (ir) => generateSlaDocument(ir) },
  { name: "resolver", folder: "resolver", generate: (ir) => generateResolver(ir) },
];
