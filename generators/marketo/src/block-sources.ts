// The input sources Marketo's Block Field Updates dialog offers, and which connector setting of
// core (blocking the Salesforce sync, or Marketo's own sources) each belongs to.

/** An input source of Block Field Updates. */
export type BlockSource =
  "salesforceSync" | "formFillOut" | "listImportTrusted" | "listImportUntrusted" | "webServiceApi";

/** One input source, with the label an admin looks for. */
export interface BlockSourceInfo {
  source: BlockSource;
  label: string;
  /** The system whose writes the source carries: Salesforce or Marketo itself. */
  writer: "salesforce" | "marketo";
}

// NOTE: Adobe's text names only the two list-import sources; its page shows the full dialog as a
// screenshot. The other labels name the channel and may differ from the dialog's wording.
/** Every input source, in the order the checklist lists them. */
export const BLOCK_SOURCES: readonly BlockSourceInfo[] = [
  { source: "salesforceSync", label: "Salesforce sync", writer: "salesforce" },
  { source: "formFillOut", label: "Form fill-out", writer: "marketo" },
  { source: "listImportTrusted", label: "List Import trusted source", writer: "marketo" },
  { source: "listImportUntrusted", label: "List Import untrusted source", writer: "marketo" },
  { source: "webServiceApi", label: "Web service API", writer: "marketo" },
];
