// Builds the Marketo checklist from the IR. The block settings come from core's connector settings
// and the layers from core's enforcement plan, so every block the checklist requests is one the
// plan counts on, and the other way round.

import {
  buildDiagnostic,
  buildEnforcementPlan,
  hashIr,
  isEnforcedBySalesforceMetadata,
  renderGeneratedBanner,
  selectMarketoBlockSetting,
  toJsonPointer,
  type Diagnostic,
  type Field,
  type MarketoBlockSetting,
  type PolicyIR,
} from "@fieldpolicy/core";
import { BLOCK_SOURCES } from "./block-sources";
import { MARKETO_DIAGNOSTIC_CODES } from "./diagnostic-codes";
import { MARKETO_DOCUMENTATION } from "./documentation-sources";
import { MARKETO_CHECKLIST_SCHEMA_ID, type FieldBlock, type MarketoChecklist } from "./marketo-checklist";
import { selectCollisionConflicts } from "./select-collision-conflicts";

/** The checklist and the problems found while building it. */
export interface MarketoChecklistResult {
  checklist: MarketoChecklist;
  diagnostics: Diagnostic[];
}

/** Builds the checklist of a policy with a Marketo and a Salesforce system, or returns null when it lacks either. */
export function buildMarketoChecklist(ir: PolicyIR): MarketoChecklistResult | null {
  const marketoSystem = Object.keys(ir.systems)
    .sort()
    .find((system) => ir.systems[system]?.kind === "marketo");
  const salesforceSystem = Object.keys(ir.systems)
    .sort()
    .find((system) => ir.systems[system]?.kind === "salesforce");
  if (marketoSystem === undefined || salesforceSystem === undefined) {
    return null;
  }

  const plan = buildEnforcementPlan(ir);
  const diagnostics: Diagnostic[] = [];
  const byMarketoField = new Map<string, string[]>();
  for (const fieldKey of Object.keys(ir.fields).sort()) {
    const field = ir.fields[fieldKey]!;
    const property = field.bindings[marketoSystem]?.property;
    if (property === undefined || field.bindings[salesforceSystem] === undefined) {
      continue;
    }
    byMarketoField.set(property, [...(byMarketoField.get(property) ?? []), fieldKey]);
  }

  const blocks: FieldBlock[] = [];
  for (const marketoField of [...byMarketoField.keys()].sort()) {
    const fieldKeys = byMarketoField.get(marketoField)!;
    const setting = selectMarketoBlockSetting(ir, ir.fields[fieldKeys[0]!]!)!;
    blocks.push(buildFieldBlock(ir, marketoField, fieldKeys, setting));
    diagnostics.push(...checkFieldBlock(ir, fieldKeys, setting));
  }

  const checklist: MarketoChecklist = {
    $schema: MARKETO_CHECKLIST_SCHEMA_ID,
    generatedBy: renderGeneratedBanner(ir),
    checklistVersion: 1,
    policy: { name: ir.name, label: ir.label, file: ir.source.file, sha256: hashIr(ir) },
    marketoSystem,
    salesforceSystem,
    integrationUser: ir.systems[marketoSystem]?.integrationUser ?? null,
    documentation: [...MARKETO_DOCUMENTATION],
    blocks,
    collisions: selectCollisionConflicts(ir, plan, { marketoSystem, salesforceSystem }),
  };
  return { checklist, diagnostics };
}

function buildFieldBlock(
  ir: PolicyIR,
  marketoField: string,
  fieldKeys: string[],
  setting: MarketoBlockSetting,
): FieldBlock {
  const sources = BLOCK_SOURCES.map((info) => ({
    source: info.source,
    label: info.label,
    block: info.writer === "salesforce" ? setting.blocksSalesforceSync : setting.blocksMarketoSources,
  }));
  const fields = fieldKeys.map((key) => ir.fields[key]!);
  return { marketoField, policyFields: [...fieldKeys], sources, reason: describeBlockReason(ir, fields, setting) };
}

function describeBlockReason(ir: PolicyIR, fields: Field[], setting: MarketoBlockSetting): string {
  const labels = fields.map((field) => field.label).join(" and ");
  const first = fields[0]!;

  if (setting.blocksSalesforceSync && setting.blocksMarketoSources) {
    return `${labels} keeps its first value, so every source is blocked once the field has a value.`;
  }
  if (setting.blocksMarketoSources) {
    return `${labels} keeps its first value and only Salesforce may correct it, so Marketo's own sources are blocked.`;
  }
  if (setting.blocksSalesforceSync) {
    if (first.rule.lockAfterFirstWrite !== undefined) {
      return `${labels} keeps its first value and only Marketo may correct it, so the Salesforce sync is blocked.`;
    }
    return first.systemOfRecord === setting.marketoSystem
      ? `Marketo owns ${labels}, so the Salesforce sync may not overwrite a non-blank Marketo value.`
      : `${labels} is read-only for Salesforce, so the Salesforce sync may not overwrite a non-blank Marketo value.`;
  }
  if (fields.some((field) => field.rule.optOutWins !== undefined)) {
    return `An opt-out from any system must reach Marketo at once, so no source is blocked for ${labels}.`;
  }
  if (fields.length > 1 && fields.some((field) => selectOwnBlockRequest(ir, field))) {
    return `The fields sharing this Marketo field need different settings, so no source is blocked and the resolver enforces ${labels}.`;
  }
  if (first.systemOfRecord === setting.salesforceSystem && first.rule.ownerWins !== undefined) {
    const layers = isEnforcedBySalesforceMetadata(ir, first, "ownerWins")
      ? "a Salesforce validation rule and the resolver enforce"
      : "the resolver enforces";
    return `Salesforce owns ${labels}, and Block Field Updates cannot stop Marketo from writing to Salesforce, so ${layers} its ownership.`;
  }
  return `No block expresses the rule of ${labels}, so the resolver enforces it.`;
}

// True when the field alone, without the fields sharing its Marketo field, would block a source.
function selectOwnBlockRequest(ir: PolicyIR, field: Field): boolean {
  const alone: PolicyIR = { ...ir, fields: { field } };
  const setting = selectMarketoBlockSetting(alone, field);
  return setting !== null && (setting.blocksSalesforceSync || setting.blocksMarketoSources);
}

function checkFieldBlock(ir: PolicyIR, fieldKeys: string[], setting: MarketoBlockSetting): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const fieldKey of fieldKeys) {
    const field = ir.fields[fieldKey]!;
    const salesforceObject = ir.objects[field.object]?.bindings[setting.salesforceSystem];
    if (setting.blocksSalesforceSync && salesforceObject === "Contact") {
      diagnostics.push(
        buildDiagnostic({
          code: MARKETO_DIAGNOSTIC_CODES.blockedContactField,
          severity: "warning",
          message: `Field "${fieldKey}" blocks the Salesforce sync on a Contact field; Salesforce wins collisions on contacts, so a record changed in both systems cannot update in either.`,
          path: toJsonPointer(["fields", fieldKey, "rule"]),
          hint: "Keep Salesforce users from changing the field, which the generated validation rule does for fields Marketo owns.",
        }),
      );
    }
    if (
      fieldKeys.length > 1 &&
      !setting.blocksSalesforceSync &&
      !setting.blocksMarketoSources &&
      selectOwnBlockRequest(ir, field)
    ) {
      diagnostics.push(
        buildDiagnostic({
          code: MARKETO_DIAGNOSTIC_CODES.sharedFieldConflict,
          severity: "warning",
          message: `Field "${fieldKey}" needs Block Field Updates, but shares its Marketo field with ${fieldKeys.filter((key) => key !== fieldKey).join(", ")}, which does not; no source is blocked.`,
          path: toJsonPointer(["fields", fieldKey, "bindings", setting.marketoSystem]),
          hint: "Give the fields the same ownership, or accept that only the resolver enforces them.",
        }),
      );
    }
  }
  return diagnostics;
}
