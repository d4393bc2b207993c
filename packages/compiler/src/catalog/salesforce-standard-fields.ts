// Standard fields that Salesforce documents for the objects fieldpolicy syncs. A describe lists
// only the fields the describing user can see under field-level security, so a documented field
// missing from a describe is most likely hidden, not absent. Only fields a lead policy is likely to
// bind are listed; the list is not the whole object.
//
// Sources, developer.salesforce.com, consulted December 2026: "Object Reference for the Salesforce
// Platform", Lead (sforce_api_objects_lead.htm) and Contact (sforce_api_objects_contact.htm), and
// the "Salesforce Field Reference Guide" for Opportunity (through OpportunityChangeEvent).

const LEAD_FIELDS = [
  "AnnualRevenue",
  "City",
  "Company",
  "Country",
  "Description",
  "DoNotCall",
  "Email",
  "Fax",
  "FirstName",
  "HasOptedOutOfEmail",
  "HasOptedOutOfFax",
  "IndividualId",
  "Industry",
  "LastName",
  "LeadSource",
  "MobilePhone",
  "NumberOfEmployees",
  "OwnerId",
  "Phone",
  "PostalCode",
  "Rating",
  "Salutation",
  "State",
  "Status",
  "Street",
  "Title",
  "Website",
];

const CONTACT_FIELDS = [
  "AccountId",
  "Department",
  "Description",
  "DoNotCall",
  "Email",
  "Fax",
  "FirstName",
  "HasOptedOutOfEmail",
  "HasOptedOutOfFax",
  "IndividualId",
  "LastName",
  "LeadSource",
  "MailingCity",
  "MailingCountry",
  "MailingPostalCode",
  "MailingState",
  "MailingStreet",
  "MobilePhone",
  "OwnerId",
  "Phone",
  "Salutation",
  "Title",
];

const OPPORTUNITY_FIELDS = [
  "AccountId",
  "Amount",
  "CloseDate",
  "Description",
  "ForecastCategoryName",
  "LeadSource",
  "Name",
  "NextStep",
  "OwnerId",
  "Probability",
  "StageName",
  "Type",
];

const STANDARD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Lead: LEAD_FIELDS,
  Contact: CONTACT_FIELDS,
  Opportunity: OPPORTUNITY_FIELDS,
};

/** True when Salesforce documents the field as a standard field of the object (names compare without case). */
export function isDocumentedStandardField(object: string, field: string): boolean {
  const entry = Object.entries(STANDARD_FIELDS).find(([name]) => name.toLowerCase() === object.toLowerCase());
  return entry?.[1].some((name) => name.toLowerCase() === field.toLowerCase()) ?? false;
}
