// The default policy: field-level ownership of leads and opportunities between Salesforce (the
// CRM), HubSpot (the marketing-automation platform, MAP) and an enrichment vendor.
//
// Property names are the platforms' API names: Salesforce Lead and Opportunity fields as the
// describe call returns them, HubSpot contact and deal properties as GET /crm/v3/properties
// returns them. Two properties do not exist in a new org or portal, so the generated outputs
// create them (`create: true`).

import { definePolicy } from "@fieldpolicy/core";
import { LIFECYCLE_STAGES, OPPORTUNITY_STAGES, ROLE_CATEGORIES } from "./lead.values";

export default definePolicy({
  name: "lead",
  label: "Lead and opportunity field ownership",
  description:
    "Which system owns each lead and opportunity field when Salesforce, HubSpot and the enrichment vendor disagree, and who reviews what the rules cannot settle.",

  systems: {
    crm: { kind: "salesforce", label: "Salesforce" },
    map: { kind: "hubspot", label: "HubSpot", integrationUser: "hubspot.integration@example.com" },
    enrichment: {
      kind: "enrichment",
      label: "Enrichment vendor",
      integrationUser: "enrichment.integration@example.com",
    },
  },

  objects: {
    lead: { label: "Lead", bindings: { crm: "Lead", map: "contact", enrichment: "person" } },
    opportunity: { label: "Opportunity", bindings: { crm: "Opportunity", map: "deal" } },
  },

  queues: {
    revops: {
      label: "RevOps exceptions",
      owner: "Dana Reyes <dana.reyes@example.com>",
      responseTime: { businessDays: 1 },
      calendar: {
        timeZone: "America/New_York",
        workingDays: ["mon", "tue", "wed", "thu", "fri"],
        holidays: ["2026-12-25", "2027-01-01", "2027-05-31", "2027-07-05", "2027-09-06", "2027-11-25"],
      },
    },
    dataQuality: {
      label: "Data quality review",
      owner: "Sam Patel <sam.patel@example.com>",
      responseTime: { businessDays: 3 },
      calendar: { timeZone: "Europe/Dublin", holidays: ["2026-12-25", "2026-12-26", "2027-01-01"] },
    },
  },

  // HubSpot and the enrichment vendor send these for "we do not know"; they are blanks, not values.
  blanks: ["Unknown", "[[unknown]]", "N/A"],

  merges: { governed: true },

  fields: {
    leadOwner: {
      object: "lead",
      label: "Lead Owner",
      description: "The rep who works the lead; drives routing and territory reports.",
      tier: 1,
      category: "ownership",
      systemOfRecord: "crm",
      bindings: { crm: "OwnerId", map: "hubspot_owner_id" },
      type: { kind: "userReference" },
      rule: { ownerWins: {} },
      review: [{ when: "override", queue: "revops" }],
      syncIntervalMinutes: 60,
      merge: "primary",
    },

    lifecycleStage: {
      object: "lead",
      label: "Lifecycle Stage",
      description: "Where the person is in the funnel; marketing and sales reports count on it moving forward.",
      tier: 1,
      category: "lifecycle",
      systemOfRecord: "crm",
      bindings: { crm: { property: "Lifecycle_Stage__c", create: true }, map: "lifecyclestage" },
      type: {
        kind: "picklist",
        values: LIFECYCLE_STAGES,
        valueMaps: {
          crm: {
            values: {
              Subscriber: "subscriber",
              Lead: "lead",
              "Marketing Qualified Lead": "marketingqualifiedlead",
              "Sales Qualified Lead": "salesqualifiedlead",
              Opportunity: "opportunity",
              Customer: "customer",
              Evangelist: "evangelist",
            },
            addToPicklist: [
              "Subscriber",
              "Lead",
              "Marketing Qualified Lead",
              "Sales Qualified Lead",
              "Opportunity",
              "Customer",
              "Evangelist",
            ],
          },
        },
      },
      rule: {
        ownerWins: {},
        noRegression: {
          order: LIFECYCLE_STAGES,
          // Sales recycles leads that were not ready; any other backward move goes to review.
          demotions: [
            { from: "marketingqualifiedlead", to: "lead" },
            { from: "salesqualifiedlead", to: "lead" },
            { from: "salesqualifiedlead", to: "marketingqualifiedlead" },
          ],
        },
      },
      review: [{ when: "regression", queue: "revops" }],
      syncIntervalMinutes: 60,
      merge: "primary",
    },

    leadStatus: {
      object: "lead",
      label: "Lead Status",
      description: "The rep's working state of the lead.",
      tier: 1,
      category: "status",
      systemOfRecord: "crm",
      bindings: { crm: "Status", map: "hs_lead_status" },
      type: {
        kind: "picklist",
        values: ["New", "Working", "Contacted", "Engaged", "Qualified", "Disqualified"],
        valueMaps: {
          crm: {
            values: {
              "Open - Not Contacted": "New",
              "Working - Contacted": "Working",
              Contacted: "Contacted",
              Engaged: "Engaged",
              "Closed - Converted": "Qualified",
              "Closed - Not Converted": "Disqualified",
            },
            // The MAP may set these two, so Salesforce's Lead Status picklist needs them.
            addToPicklist: ["Contacted", "Engaged"],
          },
          map: {
            values: {
              NEW: "New",
              IN_PROGRESS: "Working",
              ATTEMPTED_TO_CONTACT: "Contacted",
              CONNECTED: "Engaged",
              OPEN_DEAL: "Qualified",
              UNQUALIFIED: "Disqualified",
            },
            inboundOnly: { OPEN: "New", BAD_TIMING: "Working" },
          },
        },
      },
      rule: {
        ownerWins: {},
        limitedValues: { map: ["Contacted", "Engaged"] },
        recentActivityLock: { windowDays: 14, systems: ["map"] },
        protectedValues: ["Disqualified"],
      },
      review: [{ when: "protectedValue", queue: "revops" }],
      syncIntervalMinutes: 60,
      merge: "primary",
    },

    consent: {
      object: "lead",
      label: "Consent / Email Opt-Out",
      description: "True when the person opted out of marketing email.",
      tier: 1,
      category: "consent",
      systemOfRecord: "map",
      bindings: { crm: "HasOptedOutOfEmail", map: "hs_email_optout" },
      type: { kind: "boolean" },
      rule: { ownerWins: {}, optOutWins: {} },
      syncIntervalMinutes: 15,
      merge: "mostRestrictive",
      waive: [
        {
          code: "FP3102",
          reason:
            "Opt-outs must never wait for a person: an opt-out from any system applies at once, and a return to opted-in without consent evidence is rejected and logged.",
        },
      ],
    },

    emailEngagementScore: {
      object: "lead",
      label: "Email Engagement Score",
      description: "HubSpot's score of recent email opens and clicks.",
      tier: 2,
      category: "scoring",
      systemOfRecord: "map",
      bindings: {
        crm: { property: "Email_Engagement_Score__c", create: true },
        map: { property: "email_engagement_score", create: true },
      },
      type: { kind: "number", scale: 0 },
      rule: { ownerWins: {} },
      merge: "primary",
    },

    firstTouchAttribution: {
      object: "lead",
      label: "First Touch Attribution",
      description: "The channel that first brought the person in; revenue attribution reports rest on it.",
      tier: 1,
      category: "attribution",
      systemOfRecord: "map",
      bindings: { crm: "LeadSource", map: "hs_analytics_source" },
      type: {
        kind: "picklist",
        values: [
          "Organic Search",
          "Paid Search",
          "Email Marketing",
          "Organic Social",
          "Referrals",
          "Other Campaigns",
          "Direct Traffic",
          "Offline Sources",
          "Paid Social",
        ],
        valueMaps: {
          crm: {
            values: {
              "Organic Search": "Organic Search",
              "Paid Search": "Paid Search",
              "Email Marketing": "Email Marketing",
              "Organic Social": "Organic Social",
              Referrals: "Referrals",
              "Other Campaigns": "Other Campaigns",
              "Direct Traffic": "Direct Traffic",
              "Offline Sources": "Offline Sources",
              "Paid Social": "Paid Social",
            },
            // Salesforce's default Lead Source values, which a rep may still pick on a new lead.
            inboundOnly: {
              Web: "Direct Traffic",
              "Phone Inquiry": "Offline Sources",
              "Partner Referral": "Referrals",
              "Purchased List": "Offline Sources",
              Other: "Other Campaigns",
            },
            addToPicklist: [
              "Organic Search",
              "Paid Search",
              "Email Marketing",
              "Organic Social",
              "Referrals",
              "Other Campaigns",
              "Direct Traffic",
              "Offline Sources",
              "Paid Social",
            ],
          },
          map: {
            values: {
              ORGANIC_SEARCH: "Organic Search",
              PAID_SEARCH: "Paid Search",
              EMAIL_MARKETING: "Email Marketing",
              SOCIAL_MEDIA: "Organic Social",
              REFERRALS: "Referrals",
              OTHER_CAMPAIGNS: "Other Campaigns",
              DIRECT_TRAFFIC: "Direct Traffic",
              OFFLINE: "Offline Sources",
              PAID_SOCIAL: "Paid Social",
            },
          },
        },
      },
      // The first value wins, whichever system writes it (a lead a rep creates in Salesforce may
      // bring it), and nobody overwrites it afterwards, so the lock alone is the whole rule.
      rule: { lockAfterFirstWrite: {} },
      review: [{ when: "lockedWrite", queue: "revops" }],
      syncIntervalMinutes: 60,
      merge: "earliest",
    },

    jobTitle: {
      object: "lead",
      label: "Job Title",
      tier: 3,
      category: "profile",
      systemOfRecord: "enrichment",
      bindings: { crm: "Title", map: "jobtitle", enrichment: "title" },
      type: { kind: "text", maxLength: 128 },
      rule: {
        fillBlankOrStale: {
          source: "enrichment",
          maxAge: { days: 90, changeTime: "field" },
          verifiedLockDays: 90,
          categories: ROLE_CATEGORIES,
        },
      },
      review: [{ when: "categoryChange", queue: "dataQuality" }],
      merge: "latest",
      waive: [
        {
          code: "FP3303",
          reason:
            "The enrichment vendor is the system of record for profile data, yet its values only replace blank or stale ones, so a rep's fresh or verified edit stands.",
        },
      ],
    },

    company: {
      object: "lead",
      label: "Company",
      tier: 3,
      category: "profile",
      systemOfRecord: "enrichment",
      bindings: { crm: "Company", map: "company", enrichment: "company" },
      type: { kind: "text", maxLength: 255 },
      rule: {
        fillBlankOrStale: {
          source: "enrichment",
          maxAge: { days: 90, changeTime: "field" },
          verifiedLockDays: 90,
        },
      },
      merge: "latest",
      waive: [
        {
          code: "FP3303",
          reason:
            "The enrichment vendor is the system of record for profile data, yet its values only replace blank or stale ones, so a rep's fresh or verified edit stands.",
        },
      ],
    },

    opportunityStage: {
      object: "opportunity",
      label: "Opportunity Stage",
      description: "The deal's stage in the sales pipeline; forecasts are built on it.",
      tier: 1,
      category: "lifecycle",
      systemOfRecord: "crm",
      bindings: { crm: "StageName", map: "dealstage" },
      type: {
        kind: "picklist",
        values: OPPORTUNITY_STAGES,
        valueMaps: {
          crm: {
            values: {
              Prospecting: "Appointment Scheduled",
              Qualification: "Qualified to Buy",
              "Value Proposition": "Presentation Scheduled",
              "Id. Decision Makers": "Decision Maker Bought-In",
              "Proposal/Price Quote": "Contract Sent",
              "Closed Won": "Closed Won",
              "Closed Lost": "Closed Lost",
            },
            // Salesforce's remaining default stages have no HubSpot counterpart of their own.
            inboundOnly: {
              "Needs Analysis": "Qualified to Buy",
              "Perception Analysis": "Decision Maker Bought-In",
              "Negotiation/Review": "Contract Sent",
            },
          },
          map: {
            values: {
              appointmentscheduled: "Appointment Scheduled",
              qualifiedtobuy: "Qualified to Buy",
              presentationscheduled: "Presentation Scheduled",
              decisionmakerboughtin: "Decision Maker Bought-In",
              contractsent: "Contract Sent",
              closedwon: "Closed Won",
              closedlost: "Closed Lost",
            },
          },
        },
      },
      // No demotions are named, so every backward move, even in Salesforce, goes to review.
      rule: { ownerWins: {}, readOnlyFor: ["map"], noRegression: { order: OPPORTUNITY_STAGES } },
      review: [{ when: "regression", queue: "revops" }],
      syncIntervalMinutes: 60,
      merge: "primary",
    },
  },
});
