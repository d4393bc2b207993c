// The two files that make the folder an SFDX project: sfdx-project.json and the manifest.

import type { GeneratedFile } from "@fieldpolicy/core";
import { renderCanonicalJson } from "@fieldpolicy/core";
import { compareCodeUnits } from "./compare-code-units";
import { element, renderMetadataXml } from "./render-metadata-xml";
import { PACKAGE_DIRECTORY } from "./source-paths";

/** A metadata component: its Metadata API type and its full name (`Lead.FP_Lead_Owner_Wins`). */
export interface ComponentReference {
  type: string;
  fullName: string;
}

/**
 * Renders sfdx-project.json. JSON has no comments, so this file carries no banner. Its `name`
 * names the policy it came from.
 */
export function renderSfdxProject(policyName: string, apiVersion: string): GeneratedFile {
  const project = {
    name: `fieldpolicy-${policyName}`,
    namespace: "",
    packageDirectories: [{ default: true, path: PACKAGE_DIRECTORY }],
    sourceApiVersion: apiVersion,
  };
  return { path: "sfdx-project.json", contents: renderCanonicalJson(project) };
}

/** Renders manifest/package.xml listing every component, types and members sorted. */
export function renderPackageManifest(
  components: readonly ComponentReference[],
  apiVersion: string,
  banner: string,
): GeneratedFile {
  const membersByType = new Map<string, Set<string>>();
  for (const component of components) {
    const members = membersByType.get(component.type) ?? new Set<string>();
    members.add(component.fullName);
    membersByType.set(component.type, members);
  }
  const types = [...membersByType.keys()].sort(compareCodeUnits).map((type) =>
    element("types", [
      ...[...(membersByType.get(type) ?? [])].sort(compareCodeUnits).map((member) => element("members", member)),
      element("name", type),
    ]),
  );
  return {
    path: "manifest/package.xml",
    contents: renderMetadataXml("Package", banner, [...types, element("version", apiVersion)]),
  };
}
