// Adobe documentation the Marketo checklist follows. Adobe's pages show no update date, so each
// entry names the date it was read and, where the page is public on GitHub, the commit read.

/** One page of vendor documentation. */
export interface DocumentationSource {
  title: string;
  url: string;
  /** The date the page was read, ISO 8601, or the page's own update date where it shows one. */
  readOn: string;
  /** The facts the checklist takes from the page. */
  usedFor: string;
}

/** Sources of the Marketo checklist, in the order the checklist cites them. */
export const MARKETO_DOCUMENTATION: readonly DocumentationSource[] = [
  {
    title: "Block Updates to a Field (AdobeDocs/marketo.en, commit 00887ea)",
    url: "https://experienceleague.adobe.com/docs/marketo/using/product-docs/administration/field-management/block-updates-to-a-field.html",
    readOn: "2026-12-04",
    usedFor:
      "the navigation Admin > Field Management > Field Actions > Block Field Updates, and that a blocked field keeps the value it was first written",
  },
  {
    title: "Block Field Updates During List Import from Untrusted Sources (AdobeDocs/marketo.en, commit 1ba9524)",
    url: "https://experienceleague.adobe.com/docs/marketo/using/product-docs/administration/field-management/block-field-updates-during-list-import-from-untrusted-sources.html",
    readOn: "2026-12-04",
    usedFor: "the input sources List Import trusted source and List Import untrusted source",
  },
  {
    title: "SFDC Sync: Lead Sync",
    url: "https://experienceleague.adobe.com/docs/marketo/using/product-docs/crm-sync/setup/sfdc-sync-details/sfdc-sync-lead-sync.html",
    readOn: "2026-12-04",
    usedFor: "when a lead changes in both systems at the same time, Marketo wins",
  },
  {
    title: "SFDC Sync: Contact Sync",
    url: "https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/crm-sync/salesforce-sync/sfdc-sync-details/sfdc-sync-contact-sync",
    readOn: "2026-12-04",
    usedFor: "when a contact changes in both systems at the same time, Salesforce wins",
  },
  {
    title: "Block Field Updates not syncing Marketo field values to SFDC (Marketo Nation knowledge base)",
    url: "https://nation.marketo.com/t5/knowledgebase/block-field-updates-not-syncing-marketo-field-values-to-sfdc/ta-p/346123",
    readOn: "2026-12-04",
    usedFor: "blocking the Salesforce sync on a contact field can leave a record stuck after a collision",
  },
];
