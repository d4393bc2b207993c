// Renders the admin checklist: the mapping spec as the steps an admin clicks through in HubSpot,
// in the order HubSpot's settings present them. Navigation follows the HubSpot knowledge base
// pages listed under Sources at the end of the checklist.

import type { ValueType } from "@fieldpolicy/core";
import type { HubSpotMapping, HubSpotMappingSpec } from "./mapping-spec";

/** HubSpot's field type for each policy value type, as the property editor names it. */
const HUBSPOT_FIELD_TYPES: Record<ValueType["kind"], string> = {
  text: "Single-line text",
  picklist: "Dropdown select",
  multiPicklist: "Multiple checkboxes",
  boolean: "Single checkbox",
  userReference: "HubSpot user",
  date: "Date picker",
  datetime: "Date picker",
  number: "Number",
};

/** The facts of the IR the checklist needs beyond the spec. */
export interface ChecklistContext {
  banner: string;
  /** Value type of each mapped field, by field key. */
  valueKinds: Record<string, ValueType["kind"]>;
}

/** Renders the whole checklist as Markdown. */
export function renderAdminChecklist(spec: HubSpotMappingSpec, context: ChecklistContext): string {
  const objects = [...new Set(spec.mappings.map((mapping) => mapping.objects.hubspot))];
  const sections = [
    `<!-- ${context.banner} -->`,
    renderIntroduction(spec),
    renderBeforeYouStart(spec),
    renderPropertyCreation(spec, context),
    ...objects.map((object, index) => renderObjectMappings(spec, object, index + 3)),
    renderResync(objects.length + 3),
    renderEnforcedElsewhere(spec, objects.length + 4),
    renderUnmapped(spec),
    renderSources(spec),
  ];
  return sections.filter((section) => section !== "").join("\n\n") + "\n";
}

function renderIntroduction(spec: HubSpotMappingSpec): string {
  return [
    `# HubSpot Salesforce connector: ${spec.policy.label}`,
    `Apply these settings in HubSpot's Salesforce integration, in this order. HubSpot offers no API or file for its field mappings, so an admin sets each one by hand; \`mapping-spec.json\` lists the same settings for tools. Policy: \`${spec.policy.file}\`.`,
  ].join("\n\n");
}

function renderBeforeYouStart(spec: HubSpotMappingSpec): string {
  const user =
    spec.integrationUser === null
      ? "HubSpot's integration user"
      : `HubSpot's integration user (\`${spec.integrationUser}\`)`;
  const created = spec.mappings
    .filter((mapping) => mapping.createSalesforceField)
    .map((mapping) => `\`${mapping.objects.salesforce}.${mapping.salesforceField}\``);
  const steps = [
    "## 1. Before you start",
    `- [ ] Deploy the generated Salesforce project first. The Two-way mappings below rely on its validation rules, and its permission set must be assigned to ${user}.`,
  ];
  if (created.length > 0) {
    steps.push(
      `- [ ] Check that the Salesforce fields the project creates exist before you map them: ${created.join(", ")}.`,
    );
  }
  return steps.join("\n");
}

function renderPropertyCreation(spec: HubSpotMappingSpec, context: ChecklistContext): string {
  const created = spec.mappings.filter((mapping) => mapping.createHubSpotProperty);
  const lines = ["## 2. Create HubSpot properties"];
  if (created.length === 0) {
    lines.push("The policy creates no HubSpot property.");
    return lines.join("\n\n");
  }

  lines.push(
    "Click the settings icon in the top navigation bar, then **Properties** in the left sidebar. For each property below, choose its object in **Select an object**, click **Create property**, and set the internal name with the internal-name icon: HubSpot does not let you change it after creation.",
  );
  const steps = created.map((mapping) => {
    const fieldType = HUBSPOT_FIELD_TYPES[context.valueKinds[mapping.field] ?? "text"];
    return `- [ ] ${capitalize(mapping.objects.hubspot)} property **${mapping.label}**: internal name \`${mapping.hubspotProperty}\`, field type ${fieldType}.`;
  });
  lines.push(steps.join("\n"));
  return lines.join("\n\n");
}

function renderObjectMappings(spec: HubSpotMappingSpec, object: string, number: number): string {
  const mappings = spec.mappings.filter((mapping) => mapping.objects.hubspot === object);
  const tab = `${capitalize(pluralize(object))}`;
  const lines = [
    `## ${number}. Set the ${object} mappings`,
    `Click the settings icon, then **Integrations > Connected Apps** in the left sidebar, click **Salesforce**, open the **${tab}** tab, then the **${capitalize(object)} property mappings** tab.${object === "contact" ? "" : ` The ${object} sync must be turned on before its mappings can be set.`} For an editable mapping, hover it and click **Edit mapping**, or click **Add new field mapping** when it is missing; select the HubSpot property and the Salesforce field, click **Next**, select the sync rule and click **Save**.`,
    mappings.map(renderMappingStep).join("\n"),
  ];
  return lines.join("\n\n");
}

function renderMappingStep(mapping: HubSpotMapping): string {
  const pair = `\`${mapping.hubspotProperty}\` ↔ \`${mapping.objects.salesforce}.${mapping.salesforceField}\``;
  const action = mapping.editable
    ? `set **${mapping.syncRule}**`
    : `HubSpot fixes this mapping as **${mapping.syncRule}**, so only check it`;
  const lines = [`- [ ] **${mapping.label}** (${pair}): ${action}. ${mapping.reason}`];
  if (mapping.platformBehavior !== null) {
    lines.push(`  ${mapping.platformBehavior}`);
  }
  return lines.join("\n");
}

function renderResync(number: number): string {
  return [
    `## ${number}. Sync existing values`,
    "A new mapping does not sync the values records already hold. Resync them from a record's Salesforce sync card, by resyncing a HubSpot segment to Salesforce, or by running a Salesforce import into HubSpot.",
  ].join("\n\n");
}

function renderEnforcedElsewhere(spec: HubSpotMappingSpec, number: number): string {
  const rows = spec.mappings.flatMap((mapping) =>
    mapping.ruleParts
      .filter((part) => !part.coveredBySyncRule)
      .map(
        (part) =>
          `| ${escapeCell(mapping.label)} | \`${part.part}\` | ${part.layers.join(", ")} | ${escapeCell(part.note)} |`,
      ),
  );
  const lines = [
    `## ${number}. What the sync rules leave to other layers`,
    "No HubSpot sync rule expresses these rule parts. The layers named here enforce them: `salesforceMetadata` is the generated Salesforce project, `runtimeResolver` the generated resolver.",
  ];
  if (rows.length === 0) {
    lines.push("Every rule part of every mapped field is covered by its sync rule.");
    return lines.join("\n\n");
  }
  lines.push(["| Field | Rule part | Enforced by | Note |", "| --- | --- | --- | --- |", ...rows].join("\n"));
  return lines.join("\n\n");
}

function renderUnmapped(spec: HubSpotMappingSpec): string {
  if (spec.unmapped.length === 0) {
    return "";
  }
  const rows = spec.unmapped.map((entry) => `- \`${entry.field}\`: ${entry.reason}`);
  return ["## Fields without a mapping", rows.join("\n")].join("\n\n");
}

function renderSources(spec: HubSpotMappingSpec): string {
  const rows = spec.documentation.map(
    (source) => `- [${source.title}](${source.url}), last updated ${source.lastUpdated}: ${source.usedFor}.`,
  );
  return ["## Sources", "HubSpot knowledge base pages this checklist follows:", rows.join("\n")].join("\n\n");
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// HubSpot names its integration tabs by plural object names: Contacts, Companies, Deals.
function pluralize(object: string): string {
  return object.endsWith("y") ? `${object.slice(0, -1)}ies` : `${object}s`;
}
