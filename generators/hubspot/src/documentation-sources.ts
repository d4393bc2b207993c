// HubSpot documentation the generated files follow. Each generated file lists these sources, so
// an admin can tell which version of HubSpot's behavior the settings were written for.

/** One page of vendor documentation, with the date the vendor last updated it. */
export interface DocumentationSource {
  title: string;
  url: string;
  /** The "Last updated" date the page showed when it was read, ISO 8601. */
  lastUpdated: string;
  /** The facts the generated files take from the page. */
  usedFor: string;
}

/** Sources of the HubSpot mapping spec and admin checklist, in the order the checklist cites them. */
export const HUBSPOT_DOCUMENTATION: readonly DocumentationSource[] = [
  {
    title: "Map HubSpot properties to Salesforce fields",
    url: "https://knowledge.hubspot.com/salesforce/map-hubspot-properties-to-salesforce-fields",
    lastUpdated: "2026-03-27",
    usedFor:
      "the four sync rules, the navigation to the property mappings, the owner mapping being two-way only, and that new mappings do not sync existing values",
  },
  {
    title: "Assignment of Salesforce owners to HubSpot contacts, companies, or deals",
    url: "https://knowledge.hubspot.com/salesforce/assignment-of-salesforce-owners-to-hubspot-contacts-companies-or-deals",
    lastUpdated: "2023-01-18",
    usedFor: "owners match only active Salesforce users with the same name and email address",
  },
  {
    title: "How do I sync Salesforce owner information to HubSpot?",
    url: "https://knowledge.hubspot.com/articles/kcs_article/salesforce/how-do-i-sync-salesforce-owner-information-to-hubspot",
    lastUpdated: "2018-05-09",
    usedFor: "a HubSpot owner that matches no Salesforce user is reset to the last Salesforce value",
  },
  {
    title: "Does email opt-out status sync from HubSpot to Salesforce?",
    url: "https://knowledge.hubspot.com/articles/kcs_article/salesforce/does-email-opt-out-status-sync-from-hubspot-to-salesforce",
    lastUpdated: "2017-11-13",
    usedFor: "the email opt-out mapping is fixed and a Salesforce uncheck does not opt a contact back in",
  },
  {
    title: "Understand the property editor",
    url: "https://knowledge.hubspot.com/properties/understand-the-property-editor",
    lastUpdated: "2026-01-29",
    usedFor: "creating a property and setting its internal name, which cannot change after creation",
  },
];
