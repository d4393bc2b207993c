// Custom permissions and permission sets in source format. Child elements follow the Metadata
// API's order, which for these types is alphabetical.

import type { GeneratedFile } from "@fieldpolicy/core";
import type { CustomPermissionSpec, PermissionSetSpec } from "./build-permission-sets";
import { element, renderMetadataXml } from "./render-metadata-xml";
import { SOURCE_ROOT } from "./source-paths";

/** Renders `customPermissions/<Name>.customPermission-meta.xml`. */
export function renderCustomPermission(permission: CustomPermissionSpec, banner: string): GeneratedFile {
  return {
    path: `${SOURCE_ROOT}/customPermissions/${permission.name}.customPermission-meta.xml`,
    contents: renderMetadataXml("CustomPermission", banner, [
      element("description", permission.description),
      element("isLicensed", false),
      element("label", permission.label),
    ]),
  };
}

/**
 * Renders `permissionsets/<Name>.permissionset-meta.xml`: the custom permission, read and edit on
 * each field, and read and edit on each object those fields belong to (an edit field permission is
 * useless without edit on the object). Every other object flag stays false, which in a permission
 * set grants nothing and takes nothing away.
 *
 * NOTE: create access is left to the user's profile, because a policy does not say whether a
 * system creates records or only updates them.
 */
export function renderPermissionSet(permissionSet: PermissionSetSpec, banner: string): GeneratedFile {
  return {
    path: `${SOURCE_ROOT}/permissionsets/${permissionSet.name}.permissionset-meta.xml`,
    contents: renderMetadataXml("PermissionSet", banner, [
      element("customPermissions", [element("enabled", true), element("name", permissionSet.customPermission)]),
      element("description", permissionSet.description),
      ...permissionSet.editableFields.map((field) =>
        element("fieldPermissions", [element("editable", true), element("field", field), element("readable", true)]),
      ),
      element("hasActivationRequired", false),
      element("label", permissionSet.label),
      ...permissionSet.editableObjects.map((object) =>
        element("objectPermissions", [
          element("allowCreate", false),
          element("allowDelete", false),
          element("allowEdit", true),
          element("allowRead", true),
          element("modifyAllRecords", false),
          element("object", object),
          element("viewAllRecords", false),
        ]),
      ),
    ]),
  };
}
