// Values the policy adds to standard picklists (Lead Status, Lead Source). A standard picklist's
// values live in a StandardValueSet, and deploying one replaces the whole set, so the file must
// list the org's current values too. Those come from the catalog. Without one the generator emits
// nothing and reports which values to add by hand.

import type { Diagnostic, GeneratedFile } from "@fieldpolicy/core";
import { buildDiagnostic, findCatalogObject, toJsonPointer } from "@fieldpolicy/core";
import { compareCodeUnits } from "./compare-code-units";
import { SALESFORCE_CODES } from "./diagnostic-codes";
import { listAddedPicklistValues } from "./native-values";
import type { XmlElement } from "./render-metadata-xml";
import { element, renderMetadataXml } from "./render-metadata-xml";
import type { SalesforceBinding, SalesforceContext } from "./salesforce-context";
import { listSalesforceBindings } from "./salesforce-context";
import { SOURCE_ROOT } from "./source-paths";

/**
 * The standard value set behind each standard picklist field, from the Metadata API's table of
 * StandardValueSet names. Lead Source is one set shared by Lead, Contact, Opportunity and the
 * Account Source field.
 */
const VALUE_SET_OF_FIELD: Readonly<Record<string, string>> = {
  "Account.AccountSource": "LeadSource",
  "Account.Industry": "Industry",
  "Account.Rating": "AccountRating",
  "Account.Type": "AccountType",
  "Contact.LeadSource": "LeadSource",
  "Contact.Salutation": "Salutation",
  "Lead.Industry": "Industry",
  "Lead.LeadSource": "LeadSource",
  "Lead.Rating": "AccountRating",
  "Lead.Salutation": "Salutation",
  "Lead.Status": "LeadStatus",
  "Opportunity.LeadSource": "LeadSource",
  "Opportunity.StageName": "OpportunityStage",
  "Opportunity.Type": "OpportunityType",
};

/**
 * Each Lead Status value carries a flag that marks a converted lead. A catalog (a describe) does not
 * carry that flag, so it is known only for the values a new org ships with. The default value is
 * not in a catalog either, so the shipped default is kept when present.
 */
const SHIPPED_LEAD_STATUSES: Readonly<Record<string, { converted: boolean; default: boolean }>> = {
  "Closed - Converted": { converted: true, default: false },
  "Closed - Not Converted": { converted: false, default: false },
  "Open - Not Contacted": { converted: false, default: true },
  "Working - Contacted": { converted: false, default: false },
};

/** The value set files of a policy, and the additions it could not deploy. */
export interface StandardValueSetsResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

interface ValueSetRequest {
  name: string;
  bindings: SalesforceBinding[];
  added: string[];
}

/** Builds one StandardValueSet file per standard picklist the policy adds values to. */
export function buildStandardValueSets(context: SalesforceContext): StandardValueSetsResult {
  const result: StandardValueSetsResult = { files: [], diagnostics: [] };

  for (const request of collectRequests(context, result.diagnostics)) {
    const binding = request.bindings[0]!;
    const refuse = (reason: string, hint: string): void => {
      result.diagnostics.push(
        buildDiagnostic({
          code: SALESFORCE_CODES.picklistValuesNotDeployed,
          severity: "warning",
          message: `The values ${request.added.map((value) => `"${value}"`).join(", ")} are not added to the standard value set ${request.name} (${binding.object}.${binding.property}): ${reason}`,
          path: toJsonPointer(["fields", binding.fieldKey, "type", "valueMaps", context.salesforceSystem, "addToPicklist"]),
          hint,
        }),
      );
    };

    if (request.name === "OpportunityStage") {
      refuse(
        "each opportunity stage needs a probability, a forecast category and closed and won flags, which neither the policy nor the catalog carries.",
        "Add the stages in Setup under Opportunity > Fields > Stage.",
      );
      continue;
    }

    const current = findCurrentValues(context, request.bindings);
    if (current === null) {
      refuse(
        "deploying a value set replaces all its values, and without a catalog the org's current values are unknown.",
        `Add the values in Setup under ${binding.object} > Fields > ${binding.property}, or build again with --catalog DIR pointing at a folder with the ${binding.object} describe.`,
      );
      continue;
    }
    const values = [...current, ...request.added.filter((value) => !current.includes(value))];

    if (request.name === "LeadStatus") {
      const unknown = current.filter((value) => SHIPPED_LEAD_STATUSES[value] === undefined);
      if (unknown.length > 0) {
        refuse(
          `the catalog does not say whether the org's statuses ${unknown.map((value) => `"${value}"`).join(", ")} mark a converted lead.`,
          "Add the values in Setup under Lead > Fields > Lead Status, marking none of them as converted.",
        );
        continue;
      }
    }
    result.files.push(renderStandardValueSet(request.name, values, context.banner));
    if (request.name === "LeadStatus") {
      result.diagnostics.push(
        buildDiagnostic({
          code: SALESFORCE_CODES.leadProcessNeedsValues,
          severity: "info",
          message: `The project adds ${request.added.map((value) => `"${value}"`).join(", ")} to Lead Status; a lead process that does not list them hides them from leads of its record types.`,
          path: toJsonPointer(["fields", binding.fieldKey, "type", "valueMaps", context.salesforceSystem, "addToPicklist"]),
          hint: "After the deploy, add the values to each lead process in Setup under Lead Processes.",
        }),
      );
    }
  }

  return result;
}

function collectRequests(context: SalesforceContext, diagnostics: Diagnostic[]): ValueSetRequest[] {
  const requests = new Map<string, ValueSetRequest>();
  for (const binding of listSalesforceBindings(context)) {
    const added = listAddedPicklistValues(binding.field, context.salesforceSystem);
    if (added.length === 0 || binding.create) {
      continue;
    }
    const name = VALUE_SET_OF_FIELD[`${binding.object}.${binding.property}`];
    if (name === undefined) {
      diagnostics.push(
        buildDiagnostic({
          code: SALESFORCE_CODES.picklistValuesNotDeployed,
          severity: "warning",
          message: `The values ${added.map((value) => `"${value}"`).join(", ")} are not added to ${binding.object}.${binding.property}: the generator knows no standard value set for that field.`,
          path: toJsonPointer(["fields", binding.fieldKey, "type", "valueMaps", context.salesforceSystem, "addToPicklist"]),
          hint: `Add the values in Setup under ${binding.object} > Fields > ${binding.property}.`,
        }),
      );
      continue;
    }
    const request = requests.get(name) ?? { name, bindings: [], added: [] };
    request.bindings.push(binding);
    request.added.push(...added.filter((value) => !request.added.includes(value)));
    requests.set(name, request);
  }
  return [...requests.values()].sort((left, right) => compareCodeUnits(left.name, right.name));
}

// The current values of a shared set are the union over every bound field the catalog describes.
function findCurrentValues(context: SalesforceContext, bindings: readonly SalesforceBinding[]): string[] | null {
  let values: string[] | null = null;
  for (const binding of bindings) {
    const described = findCatalogObject(context.catalog, "salesforce", binding.object)?.properties[binding.property];
    if (described?.picklistValues === undefined || described.picklistValues === null) {
      continue;
    }
    values = [...(values ?? []), ...described.picklistValues.filter((value) => !(values ?? []).includes(value))];
  }
  return values;
}

/**
 * Renders `standardValueSets/<Name>.standardValueSet-meta.xml`. Each standardValue lists
 * fullName, default and label, then the extra flag its set requires (converted for LeadStatus).
 *
 * NOTE: outside LeadStatus no value is marked default, because a catalog does not record the
 * default. The deploy clears a default the org set on such a picklist.
 */
function renderStandardValueSet(name: string, values: readonly string[], banner: string): GeneratedFile {
  const children: XmlElement[] = [element("sorted", false)];
  for (const value of values) {
    const shipped = name === "LeadStatus" ? SHIPPED_LEAD_STATUSES[value] : undefined;
    const valueElements = [
      element("fullName", value),
      element("default", shipped?.default ?? false),
      element("label", value),
    ];
    if (name === "LeadStatus") {
      valueElements.push(element("converted", shipped?.converted ?? false));
    }
    children.push(element("standardValue", valueElements));
  }
  return {
    path: `${SOURCE_ROOT}/standardValueSets/${name}.standardValueSet-meta.xml`,
    contents: renderMetadataXml("StandardValueSet", banner, children),
  };
}
