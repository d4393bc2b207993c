// Every Metadata API file this generator writes goes through this one printer, so escaping,
// indentation and the banner comment are the same everywhere.

import { create } from "xmlbuilder2";

// xmlbuilder2 exports its builder interface only from an internal path.
type XmlBuilder = ReturnType<typeof create>;

/** Namespace of every Metadata API document. */
export const METADATA_NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

/** One XML element: a name with text, or with child elements in the order they are printed. */
export interface XmlElement {
  name: string;
  content: string | readonly XmlElement[];
}

/** Builds an element; numbers and booleans print as Salesforce expects (`true`, `18`). */
export function element(name: string, content: string | number | boolean | readonly XmlElement[]): XmlElement {
  return { name, content: typeof content === "string" || Array.isArray(content) ? content : String(content) };
}

/**
 * Renders a Metadata API document: the XML declaration, the root element in the metadata
 * namespace, the banner as a comment, then the children.
 *
 * The banner is the root element's first child, not a comment before it. The Salesforce CLI's
 * source library (12.19) takes the first key of the parsed document as the root element, so a
 * leading comment breaks the conversion of object children such as fields and validation rules.
 */
export function renderMetadataXml(root: string, banner: string | null, children: readonly XmlElement[]): string {
  const document = create({ version: "1.0", encoding: "UTF-8" });
  const rootNode = document.ele(METADATA_NAMESPACE, root);
  if (banner !== null) {
    rootNode.com(` ${toCommentText(banner)} `);
  }
  appendChildren(rootNode, children);
  return document.end({ prettyPrint: true, indent: "    ", newline: "\n" }) + "\n";
}

function appendChildren(parent: XmlBuilder, children: readonly XmlElement[]): void {
  for (const child of children) {
    const node = parent.ele(child.name);
    if (typeof child.content === "string") {
      node.txt(child.content);
    } else {
      appendChildren(node, child.content);
    }
  }
}

// XML forbids "--" inside a comment and a comment ending in "-".
function toCommentText(text: string): string {
  return text.replace(/-{2,}/g, (dashes) => dashes.split("").join(" ")).replace(/-$/, "- ");
}
