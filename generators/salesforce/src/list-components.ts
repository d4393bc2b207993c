// The manifest lists what the source folders hold, so it is derived from the generated paths
// rather than kept as a second list that could drift.

import type { GeneratedFile } from "@fieldpolicy/core";
import type { ComponentReference } from "./render-project-files";
import { SOURCE_ROOT } from "./source-paths";

const COMPONENT_PATTERNS: readonly { pattern: RegExp; type: string }[] = [
  { pattern: /^customPermissions\/([^/]+)\.customPermission-meta\.xml$/, type: "CustomPermission" },
  { pattern: /^permissionsets\/([^/]+)\.permissionset-meta\.xml$/, type: "PermissionSet" },
  { pattern: /^standardValueSets\/([^/]+)\.standardValueSet-meta\.xml$/, type: "StandardValueSet" },
  { pattern: /^objects\/([^/]+)\/\1\.object-meta\.xml$/, type: "CustomObject" },
  { pattern: /^objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/, type: "CustomField" },
  { pattern: /^objects\/([^/]+)\/validationRules\/([^/]+)\.validationRule-meta\.xml$/, type: "ValidationRule" },
];

/** Lists the metadata component each source file defines. Child components are named `Object.Child`. */
export function listComponents(files: readonly GeneratedFile[]): ComponentReference[] {
  const components: ComponentReference[] = [];
  for (const file of files) {
    if (!file.path.startsWith(`${SOURCE_ROOT}/`)) {
      continue;
    }
    const relative = file.path.slice(SOURCE_ROOT.length + 1);
    for (const { pattern, type } of COMPONENT_PATTERNS) {
      const match = pattern.exec(relative);
      if (match !== null) {
        components.push({ type, fullName: match.slice(1).join(".") });
        break;
      }
    }
  }
  return components;
}
