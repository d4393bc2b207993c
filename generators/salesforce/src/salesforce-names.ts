// Salesforce API names (validation rules, custom permissions, permission sets) may contain only
// letters, digits and single underscores, must start with a letter, must not end with an
// underscore, and may be at most 40 characters long. These helpers turn policy words into such
// names and keep them unique within one scope.

import { sha256Hex } from "@fieldpolicy/core";

/** Longest API name Salesforce accepts for the components this generator names. */
export const MAX_NAME_LENGTH = 40;

const NAME_PATTERN = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

/** True when a name obeys Salesforce's rules for API names of at most `maxLength` characters. */
export function isValidSalesforceName(name: string, maxLength: number = MAX_NAME_LENGTH): boolean {
  return name.length <= maxLength && NAME_PATTERN.test(name) && !name.endsWith("_");
}

/**
 * Joins words into a name in which each word starts upper-case and words are separated by one
 * underscore: `["lead", "leadStatus", "ownerWins"]` gives `Lead_Lead_Status_Owner_Wins`.
 * camelCase and any character outside letters and digits split words.
 */
export function buildNameFromWords(words: readonly string[]): string {
  return words
    .flatMap(splitWords)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("_");
}

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Hands out API names that are unique within one scope (an object's validation rules, the org's
 * custom permissions). A name longer than the limit is cut and ends in six hex digits of the
 * SHA-256 of the full name, so the same input always gives the same name.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** Returns a valid, unused name derived from `desired`, and reserves it. */
  claim(desired: string): string {
    const base = this.fit(sanitize(desired), desired);
    let candidate = base;
    for (let attempt = 2; this.taken.has(candidate.toLowerCase()); attempt += 1) {
      candidate = this.fit(`${base}_${attempt}`, `${desired}#${attempt}`);
    }
    // Salesforce compares API names case-insensitively.
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }

  private fit(name: string, seed: string): string {
    if (name.length <= MAX_NAME_LENGTH) {
      return name;
    }
    const suffix = sha256Hex(seed).slice(0, 6);
    const head = name.slice(0, MAX_NAME_LENGTH - suffix.length - 1).replace(/_+$/, "");
    return `${head}_${suffix}`;
  }
}

function sanitize(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9_]/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `X${cleaned}`;
}
