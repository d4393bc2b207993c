// Scenarios of the default policy: one or more conflicts per rule part, with the decision the
// policy promises. `pnpm fieldpolicy test` runs them; values are in each system's own encoding.

import { defineScenarios } from "@fieldpolicy/core";
import type policy from "./lead.policy";

const NOW = "2026-12-01T15:00:00Z";

export default defineScenarios<typeof policy>({
  policy: "./lead.policy.ts",
  users: [
    {
      email: "dana.reyes@example.com",
      ids: { crm: "0055f000005mc66AAA", map: "46893556" },
      active: { crm: true, map: true },
    },
    {
      email: "sam.patel@example.com",
      ids: { crm: "0055f000005mc77AAA", map: "46893557" },
      active: { crm: true, map: true },
    },
    {
      email: "former.rep@example.com",
      ids: { crm: "0055f000005mc88AAA", map: "46893558" },
      active: { crm: true, map: false },
    },
  ],
  scenarios: [
    {
      name: "HubSpot cannot reassign a lead owned in Salesforce",
      now: NOW,
      field: "leadOwner",
      base: { value: "dana.reyes@example.com", at: "2026-11-20T10:00:00Z" },
      changes: [{ system: "map", value: "46893557", at: "2026-12-01T14:00:00Z", actor: "workflow:round-robin" }],
      expect: {
        outcome: "review",
        value: "dana.reyes@example.com",
        source: "base",
        queue: "revops",
        rule: "ownerWins",
        rejected: { map: ["overriddenBySystemOfRecord"] },
      },
    },
    {
      name: "A Salesforce reassignment with a 15-character Id reaches HubSpot",
      now: NOW,
      field: "leadOwner",
      base: { value: "dana.reyes@example.com", at: "2026-11-20T10:00:00Z" },
      changes: [
        { system: "crm", value: "0055f000005mc77", at: "2026-12-01T14:00:00.000+0000", actor: "005000000000001AAA" },
      ],
      expect: { outcome: "resolved", value: "sam.patel@example.com", source: "crm", rule: "ownerWins" },
    },
    {
      name: "An owner who is inactive in HubSpot goes to review, never to a fallback owner",
      now: NOW,
      field: "leadOwner",
      base: { value: "dana.reyes@example.com", at: "2026-11-20T10:00:00Z" },
      changes: [
        { system: "crm", value: "0055f000005mc88AAA", at: "2026-12-01T14:00:00Z", actor: "005000000000001AAA" },
      ],
      expect: { outcome: "review", value: "dana.reyes@example.com", queue: "revops" },
    },
    {
      name: "Salesforce moves the stage forward and HubSpot follows",
      now: NOW,
      field: "lifecycleStage",
      base: { value: "lead", at: "2026-11-01T09:00:00Z" },
      changes: [
        { system: "crm", value: "Sales Qualified Lead", at: "2026-12-01T13:00:00+0000", actor: "005000000000001AAA" },
      ],
      expect: { outcome: "resolved", value: "salesqualifiedlead", source: "crm", queue: null, rule: "ownerWins" },
    },
    {
      name: "HubSpot cannot move the lifecycle stage backward",
      now: NOW,
      field: "lifecycleStage",
      base: { value: "salesqualifiedlead", at: "2026-11-01T09:00:00Z" },
      changes: [{ system: "map", value: "subscriber", at: 1796130000000, actor: "import:webinar-list" }],
      expect: { outcome: "review", value: "salesqualifiedlead", source: "base", queue: "revops", rule: "noRegression" },
    },
    {
      name: "HubSpot may set Lead Status to Contacted",
      now: NOW,
      field: "leadStatus",
      base: { value: "New", at: "2026-11-01T09:00:00Z" },
      changes: [{ system: "map", value: "ATTEMPTED_TO_CONTACT", at: "2026-12-01T12:00:00Z", actor: "sequence:intro" }],
      expect: { outcome: "resolved", value: "Contacted", source: "map" },
    },
    {
      name: "A HubSpot change older than the agreed base is not adopted",
      now: NOW,
      field: "leadStatus",
      base: { value: "Working", at: "2026-12-01T10:00:00.000+0000" },
      changes: [{ system: "map", value: "ATTEMPTED_TO_CONTACT", at: 1796115600000, actor: "sequence:intro" }],
      expect: { value: "Working", source: "base", rejected: { map: ["olderThanBase"] } },
    },
    {
      name: "HubSpot may not set Lead Status to Qualified",
      now: NOW,
      field: "leadStatus",
      base: { value: "Working", at: "2026-11-01T09:00:00Z" },
      changes: [{ system: "map", value: "OPEN_DEAL", at: "2026-12-01T12:00:00Z", actor: "workflow:deal-created" }],
      expect: { value: "Working", source: "base", rule: "limitedValues", rejected: { map: ["limitedValue"] } },
    },
    {
      name: "A status reset waits while a rep works the lead",
      now: NOW,
      field: "leadStatus",
      base: { value: "Working", at: "2026-11-25T09:00:00Z" },
      changes: [
        {
          system: "map",
          value: "CONNECTED",
          at: "2026-12-01T12:00:00Z",
          actor: "sequence:follow-up",
          context: { lastActivityAt: "2026-11-28T16:30:00Z" },
        },
      ],
      expect: { value: "Working", source: "base", rule: "recentActivityLock" },
    },
    {
      name: "Disqualified is not overwritten by HubSpot",
      now: NOW,
      field: "leadStatus",
      base: { value: "Disqualified", at: "2026-10-01T09:00:00Z" },
      changes: [{ system: "map", value: "ATTEMPTED_TO_CONTACT", at: "2026-12-01T12:00:00Z", actor: "sequence:intro" }],
      expect: { outcome: "review", value: "Disqualified", queue: "revops", rule: "protectedValues" },
    },
    {
      name: "An opt-out from Salesforce propagates at once",
      now: NOW,
      field: "consent",
      base: { value: false, at: "2026-06-01T00:00:00Z" },
      changes: [
        { system: "crm", value: true, at: "2026-12-01T14:59:00Z", actor: "005000000000002AAA" },
        { system: "map", value: "false", at: "2026-12-01T14:59:30Z", actor: "form:newsletter" },
      ],
      expect: { outcome: "resolved", value: true, source: "crm", queue: null, rule: "optOutWins" },
    },
    {
      name: "HubSpot's opt-out value is the system of record's",
      now: NOW,
      field: "consent",
      base: { value: true, at: "2026-06-01T00:00:00Z" },
      changes: [{ system: "map", value: "false", at: "2026-12-01T14:00:00Z", actor: "subscription-center" }],
      expect: { value: true, source: "base", queue: null },
    },
    {
      name: "Salesforce cannot clear the opt-out flag",
      now: NOW,
      field: "consent",
      base: { value: false, at: "2026-06-01T00:00:00Z" },
      changes: [{ system: "crm", value: "", at: "2026-12-01T10:00:00Z", actor: "data-loader" }],
      expect: { value: false, source: "base", rule: "ownerWins", rejected: { crm: ["overriddenBySystemOfRecord"] } },
    },
    {
      name: "The engagement score comes from HubSpot",
      now: NOW,
      field: "emailEngagementScore",
      base: { value: 40, at: "2026-11-01T00:00:00Z" },
      changes: [
        { system: "map", value: "55", at: "2026-12-01T10:00:00Z", actor: "scoring" },
        { system: "crm", value: 12, at: "2026-12-01T11:00:00Z", actor: "005000000000003AAA" },
      ],
      expect: {
        outcome: "resolved",
        value: 55,
        source: "map",
        rule: "ownerWins",
        rejected: { crm: ["overriddenBySystemOfRecord"] },
      },
    },
    {
      name: "The first touch is locked after its first write",
      now: NOW,
      field: "firstTouchAttribution",
      base: { value: "Organic Search", at: "2026-03-01T00:00:00Z" },
      changes: [{ system: "map", value: "PAID_SOCIAL", at: "2026-12-01T10:00:00Z", actor: "attribution-reprocess" }],
      expect: { outcome: "review", value: "Organic Search", queue: "revops", rule: "lockAfterFirstWrite" },
    },
    {
      name: "A rep's new lead brings the first touch",
      now: NOW,
      field: "firstTouchAttribution",
      base: { value: null, at: null },
      changes: [{ system: "crm", value: "Phone Inquiry", at: "2026-12-01T10:00:00Z", actor: "005000000000004AAA" }],
      expect: { outcome: "resolved", value: "Offline Sources", source: "crm" },
    },
    {
      name: "Enrichment replaces a stale job title",
      now: NOW,
      field: "jobTitle",
      base: { value: "Marketing Manager", at: "2026-05-01T00:00:00Z" },
      changes: [
        {
          system: "enrichment",
          value: "Senior Marketing Manager",
          at: "2026-12-01T08:00:00Z",
          actor: "enrichment-sync",
          context: { fieldChangedAt: "2026-05-01T00:00:00Z" },
        },
      ],
      expect: {
        outcome: "resolved",
        value: "Senior Marketing Manager",
        source: "enrichment",
        rule: "fillBlankOrStale",
      },
    },
    {
      name: "Enrichment fills a blank company",
      now: NOW,
      field: "company",
      base: { value: "[[unknown]]", at: "2026-11-30T00:00:00Z" },
      changes: [{ system: "enrichment", value: "Example Co", at: "2026-12-01T08:00:00Z", actor: "enrichment-sync" }],
      expect: { outcome: "resolved", value: "Example Co", source: "enrichment", rule: "fillBlankOrStale" },
    },
    {
      name: "HubSpot cannot write the opportunity stage",
      now: NOW,
      field: "opportunityStage",
      base: { value: "Qualified to Buy", at: "2026-11-01T00:00:00Z" },
      changes: [{ system: "map", value: "contractsent", at: "2026-12-01T10:00:00Z", actor: "workflow:deal-stage" }],
      expect: { value: "Qualified to Buy", source: "base", rule: "readOnlyFor", rejected: { map: ["readOnlySystem"] } },
    },
    {
      name: "Salesforce moves the deal forward",
      now: NOW,
      field: "opportunityStage",
      base: { value: "Qualified to Buy", at: "2026-11-01T00:00:00Z" },
      changes: [
        { system: "crm", value: "Proposal/Price Quote", at: "2026-12-01T10:00:00Z", actor: "005000000000005AAA" },
      ],
      expect: { outcome: "resolved", value: "Contract Sent", source: "crm", rule: "ownerWins" },
    },
    {
      name: "Reopening a lost deal goes to review",
      now: NOW,
      field: "opportunityStage",
      base: { value: "Closed Lost", at: "2026-11-01T00:00:00Z" },
      changes: [
        { system: "crm", value: "Proposal/Price Quote", at: "2026-12-01T10:00:00Z", actor: "005000000000005AAA" },
      ],
      expect: { outcome: "review", queue: "revops", rule: "noRegression" },
    },
  ],
});
