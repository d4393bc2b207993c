import {
  buildDiagnostic,
  findCatalogObject,
  toJsonPointer,
  type DiagnosticInput,
} from "@fieldpolicy/core";
import { selectCatalogPlatform } from "./list-catalog-bindings";
import type { SemanticCheck } from "./semantic-check";

/** FP4107: an object bound in Salesforce or HubSpot that the catalog does not describe is not checked. */
export const catalogObjectPresentCheck: SemanticCheck = {
  code: "FP4107",
  name: "catalog-object-present",
  description: "Reports objects bound in Salesforce or HubSpot that no catalog file describes, so their bindings go unchecked.",
  needsCatalog: true,
  run({ ir, catalog }) {
    const problems: DiagnosticInput[] = [];

    for (const [objectKey, object] of Object.entries(ir.objects)) {
      for (const [system, objectName] of Object.entries(object.bindings)) {
        const platform = selectCatalogPlatform(ir.systems[system]?.kind);
        if (platform === null || findCatalogObject(catalog, platform, objectName) !== null) {
          continue;
        }
        problems.push(
          buildDiagnostic({
            code: "FP4107",
            severity: "info",
            message: `No catalog file describes ${platform} object \`${objectName}\`, so the bindings of \`${objectKey}\` in \`${system}\` are not checked against a catalog.`,
            path: toJsonPointer(["objects", objectKey, "bindings", system]),
            hint:
              platform === "salesforce"
                ? `Save \`sf sobject describe --sobject ${objectName} --json\` in the catalog folder.`
                : `Save GET /crm/v3/properties/${objectName} as \`hubspot.${objectName}.json\` in the catalog folder.`,
          }),
        );
      }
    }
    return problems;
  },
};
