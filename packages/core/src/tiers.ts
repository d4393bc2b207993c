import type { Tier } from "./ir/policy-ir.generated";

/** What a tier means, the defaults it gives a field, and the limits the compiler holds it to. */
export interface TierProfile {
  tier: Tier;
  /** One sentence for the SLA document. */
  meaning: string;
  /** What the tier guarantees, one sentence each, for the SLA document. */
  guarantees: readonly string[];
  defaultSyncIntervalMinutes: number;
  defaultRetentionDays: number;
  defaultTrackHistory: boolean;
  /** Longest sync interval allowed, or null for no limit. */
  maxSyncIntervalMinutes: number | null;
  /** Shortest audit retention allowed. */
  minRetentionDays: number;
  /** False where last write wins is forbidden. */
  allowsLastWriteWins: boolean;
  /** True where every conflict the rule cannot settle deterministically must go to review. */
  requiresReview: boolean;
}

/** Longest sync interval for a consent field, whatever its tier. */
export const CONSENT_MAX_SYNC_INTERVAL_MINUTES = 15;

/** Tier profiles, indexed by tier. */
export const TIER_PROFILES: Readonly<Record<Tier, TierProfile>> = {
  1: {
    tier: 1,
    meaning: "Critical: drives routing, compliance or revenue attribution.",
    guarantees: [
      "Never resolved by last write wins.",
      "Every conflict the rule cannot settle deterministically goes to a person.",
      "Changes stay in the audit trail for at least 90 days.",
      "Syncs within 60 minutes; consent within 15 minutes.",
    ],
    defaultSyncIntervalMinutes: 60,
    defaultRetentionDays: 90,
    defaultTrackHistory: true,
    maxSyncIntervalMinutes: 60,
    minRetentionDays: 90,
    allowsLastWriteWins: false,
    requiresReview: true,
  },
  2: {
    tier: 2,
    meaning: "Important: scores, engagement flags and campaign data, usually owned by the MAP.",
    guarantees: ["Resolved automatically.", "Changes stay in the audit trail for at least 30 days."],
    defaultSyncIntervalMinutes: 240,
    defaultRetentionDays: 30,
    defaultTrackHistory: false,
    maxSyncIntervalMinutes: null,
    minRetentionDays: 30,
    allowsLastWriteWins: true,
    requiresReview: false,
  },
  3: {
    tier: 3,
    meaning: "Low risk: profile data such as phone format, address or job title.",
    guarantees: ["Resolved automatically by enrichment or the most recent value; no queue is needed."],
    defaultSyncIntervalMinutes: 1440,
    defaultRetentionDays: 30,
    defaultTrackHistory: false,
    maxSyncIntervalMinutes: null,
    minRetentionDays: 0,
    allowsLastWriteWins: true,
    requiresReview: false,
  },
};
