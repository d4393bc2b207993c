// Object-level and field-level files for history tracking and for the fields the policy creates.

import type { GeneratedFile } from "@fieldpolicy/core";
import type { XmlElement } from "./render-metadata-xml";
import { element, renderMetadataXml } from "./render-metadata-xml";
import { SOURCE_ROOT } from "./source-paths";

/**
 * Renders `objects/<Object>/<Object>.object-meta.xml` with only `enableHistory`. Deploying a
 * standard object updates the settings the file names.
 */
export function renderObjectHistorySwitch(object: string, banner: string): GeneratedFile {
  return {
    path: `${SOURCE_ROOT}/objects/${object}/${object}.object-meta.xml`,
    contents: renderMetadataXml("CustomObject", banner, [element("enableHistory", true)]),
  };
}

/**
 * Renders `objects/<Object>/fields/<Field>.field-meta.xml` for an existing standard field with
 * only fullName and trackHistory, so the deploy changes nothing else about the field.
 */
export function renderStandardFieldHistory(object: string, property: string, banner: string): GeneratedFile {
  return renderFieldFile(object, property, banner, [element("fullName", property), element("trackHistory", true)]);
}

/** Renders a field file from its elements, which start with fullName. */
export function renderFieldFile(
  object: string,
  property: string,
  banner: string,
  elements: readonly XmlElement[],
): GeneratedFile {
  return {
    path: `${SOURCE_ROOT}/objects/${object}/fields/${property}.field-meta.xml`,
    contents: renderMetadataXml("CustomField", banner, elements),
  };
}
