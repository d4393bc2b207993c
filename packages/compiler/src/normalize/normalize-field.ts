// Fills the defaults of one field: its own options, its tier's defaults, its bindings, its value
// type and the options of each rule part.

import { TIER_PROFILES, type Tier } from "@fieldpolicy/core";
import { fillDefaults, isJsonObject, mapValues, type JsonObject } from "./json-object";

const WORKING_TIER_FALLBACK: Tier = 1;

/** Returns a field with every default filled in. `systemNames` are the policy's systems in declared order. */
export function normalizeField(field: unknown, systemNames: readonly string[]): unknown {
  if (!isJsonObject(field)) {
    return field;
  }

  // The schema reports an invalid tier. The strictest profile is used instead, so that the
  // defaults below do not add errors of their own.
  const tier = isTier(field["tier"]) ? field["tier"] : WORKING_TIER_FALLBACK;
  const profile = TIER_PROFILES[tier];

  const filled = fillDefaults(field, {
    description: "",
    category: "other",
    review: [],
    syncIntervalMinutes: profile.defaultSyncIntervalMinutes,
    lockDirection: tier === 1 ? "fromSystemOfRecord" : "twoWay",
    audit: {},
    merge: null,
    blanks: [],
    waive: [],
  });

  filled["audit"] = isJsonObject(filled["audit"])
    ? fillDefaults(filled["audit"], {
        retentionDays: profile.defaultRetentionDays,
        trackHistory: profile.defaultTrackHistory,
      })
    : filled["audit"];
  filled["bindings"] = mapValues(filled["bindings"], normalizeBinding);
  filled["type"] = normalizeValueType(filled["type"]);
  filled["rule"] = normalizeRule(filled["rule"], {
    systemOfRecord: filled["systemOfRecord"],
    boundSystems: systemNames.filter((name) => isJsonObject(filled["bindings"]) && name in filled["bindings"]),
  });
  return filled;
}

function isTier(value: unknown): value is Tier {
  return value === 1 || value === 2 || value === 3;
}

function normalizeBinding(binding: unknown): unknown {
  if (typeof binding === "string") {
    return { property: binding, create: false };
  }
  return isJsonObject(binding) ? fillDefaults(binding, { create: false }) : binding;
}

function normalizeValueType(type: unknown): unknown {
  if (!isJsonObject(type)) {
    return type;
  }
  switch (type["kind"]) {
    case "text":
      return fillDefaults(type, { maxLength: null });
    case "number":
      return fillDefaults(type, { scale: null });
    case "picklist":
    case "multiPicklist": {
      const filled = fillDefaults(type, { valueMaps: {} });
      filled["valueMaps"] = mapValues(filled["valueMaps"], (valueMap) =>
        isJsonObject(valueMap) ? fillDefaults(valueMap, { inboundOnly: {}, addToPicklist: [] }) : valueMap,
      );
      return filled;
    }
    default:
      return type;
  }
}

interface RuleContext {
  systemOfRecord: unknown;
  /** Systems the field is bound in, in the policy's declared order. */
  boundSystems: readonly string[];
}

function normalizeRule(rule: unknown, context: RuleContext): unknown {
  if (!isJsonObject(rule)) {
    return rule;
  }
  const defaultsByPart: Record<string, JsonObject> = {
    ownerWins: { fillBlanks: false },
    noRegression: { demotions: [] },
    optOutWins: { evidenceRequired: true, bulkFlipLimit: 50, bulkWindowMinutes: 10 },
    lockAfterFirstWrite: { correctableBy: [] },
    fillBlankOrStale: { verifiedLockDays: 0, categories: {} },
    recentActivityLock: { systems: context.boundSystems.filter((name) => name !== context.systemOfRecord) },
    lastWriteWins: { skewToleranceSeconds: 2 },
  };
  const normalized: JsonObject = {};
  for (const [part, options] of Object.entries(rule)) {
    const defaults = defaultsByPart[part];
    normalized[part] = defaults !== undefined && isJsonObject(options) ? fillDefaults(options, defaults) : options;
  }
  return normalized;
}
