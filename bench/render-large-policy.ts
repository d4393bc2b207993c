// A generated policy for benchmarks: `objects` objects of `fieldsPerObject` fields each, cycling
// through the value types and tiers. Ten fields per object are tier 1 (with a review trigger), so
// Salesforce's limit of 20 history-tracked fields per object is not exceeded.

const OBJECT_NAMES = ["lead", "contact", "account", "opportunity", "campaign", "case", "task", "event"];
const TYPES = [
  `{ kind: "text", maxLength: 255 }`,
  `{ kind: "number", scale: 0 }`,
  `{ kind: "boolean" }`,
  `{ kind: "picklist", values: ["Alpha", "Beta", "Gamma"] }`,
  `{ kind: "date" }`,
];
const TIER_1_FIELDS_PER_OBJECT = 10;

/** Renders the text of a valid policy file with the given number of objects and fields per object. */
export function renderLargePolicy(options: { objects: number; fieldsPerObject: number }): string {
  const objects = OBJECT_NAMES.slice(0, options.objects);
  const objectLines = objects.map(
    (name) => `    ${name}: { label: "${name}", bindings: { crm: "${capitalize(name)}", map: "${name}" } },`,
  );

  const fieldLines: string[] = [];
  for (const object of objects) {
    for (let index = 0; index < options.fieldsPerObject; index += 1) {
      fieldLines.push(renderField(object, index));
    }
  }

  return [
    `import { definePolicy } from "@fieldpolicy/core";`,
    ``,
    `export default definePolicy({`,
    `  name: "large",`,
    `  label: "Generated policy for benchmarks",`,
    `  systems: {`,
    `    crm: { kind: "salesforce", label: "Salesforce" },`,
    `    map: { kind: "hubspot", label: "HubSpot", integrationUser: "hubspot@example.com" },`,
    `  },`,
    `  objects: {`,
    ...objectLines,
    `  },`,
    `  queues: {`,
    `    revops: { owner: "RevOps <revops@example.com>", responseTime: { businessDays: 1 }, calendar: { timeZone: "UTC" } },`,
    `  },`,
    `  fields: {`,
    ...fieldLines,
    `  },`,
    `});`,
    ``,
  ].join("\n");
}

function renderField(object: string, index: number): string {
  const key = `${object}Field${index}`;
  const tier = index < TIER_1_FIELDS_PER_OBJECT ? 1 : (index % 2) + 2;
  const review = tier === 1 ? ` review: [{ when: "override", queue: "revops" }],` : "";
  return [
    `    ${key}: {`,
    ` object: "${object}", label: "${capitalize(object)} field ${index}", tier: ${tier},`,
    ` systemOfRecord: "crm",`,
    ` bindings: { crm: { property: "${capitalize(object)}_Field_${index}__c", create: true }, map: { property: "${object}_field_${index}", create: true } },`,
    ` type: ${TYPES[index % TYPES.length]},`,
    ` rule: { ownerWins: {} },${review}`,
    ` },`,
  ].join("");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
