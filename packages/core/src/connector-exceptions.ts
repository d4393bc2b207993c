// Properties that a platform marks read-only for the API but that HubSpot's Salesforce connector
// writes itself through a fixed mapping. Writing them through the API fails; the connector keeps
// them in step, so the policy need not write them and the resolver issues no write to them.

/** A property the connector syncs itself, with the counterpart it syncs with and the source that documents it. */
export interface ConnectorException {
  hubspotProperty: string;
  salesforceField: string;
  explanation: string;
  source: string;
}

/** The documented exceptions. */
export const CONNECTOR_EXCEPTIONS: readonly ConnectorException[] = [
  {
    hubspotProperty: "hs_email_optout",
    salesforceField: "HasOptedOutOfEmail",
    explanation:
      "HubSpot keeps `hs_email_optout` read-only for the API and its Salesforce connector syncs it with Salesforce's `HasOptedOutOfEmail` in a fixed connector mapping that cannot be edited: an opt-out on either side updates the other, and a return to opted-in happens only through HubSpot's subscription links.",
    source:
      "HubSpot Knowledge Base, \"Does email opt-out status sync from HubSpot to Salesforce?\", https://knowledge.hubspot.com/articles/kcs_article/salesforce/does-email-opt-out-status-sync-from-hubspot-to-salesforce",
  },
];

/** Finds the exception for a HubSpot property synced with a Salesforce field, or null. */
export function findConnectorException(hubspotProperty: string, salesforceField: string): ConnectorException | null {
  return (
    CONNECTOR_EXCEPTIONS.find(
      (entry) =>
        entry.hubspotProperty === hubspotProperty && entry.salesforceField.toLowerCase() === salesforceField.toLowerCase(),
    ) ?? null
  );
}
