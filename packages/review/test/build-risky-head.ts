// Writes a copy of the default policy with three risky edits, for the golden diff test: Lead
// Status moves to the MAP, the owner drops from tier 1 to tier 3, and consent syncs every 60
// minutes. Deriving it from the default policy keeps the test about those edits alone.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Replaces the first `from` after `anchor`, and fails loudly when the policy no longer has them. */
function replaceAfter(text: string, anchor: string, from: string, to: string): string {
  const start = text.indexOf(anchor);
  const index = start === -1 ? -1 : text.indexOf(from, start);
  if (index === -1) {
    throw new Error(`the default policy no longer has ${JSON.stringify(from)} after ${JSON.stringify(anchor)}`);
  }
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/** Writes the risky copy under `<root>/.fieldpolicy/diff-test/head` and returns that folder, relative to `root`. */
export function writeRiskyHead(root: string): string {
  const folder = path.join(root, ".fieldpolicy", "diff-test", "head");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  let policy = readFileSync(path.join(root, "policies", "lead.policy.ts"), "utf8");
  policy = replaceAfter(policy, "    leadStatus: {", 'systemOfRecord: "crm",', 'systemOfRecord: "map",');
  policy = replaceAfter(policy, "    leadOwner: {", "tier: 1,", "tier: 3,");
  policy = replaceAfter(policy, "    consent: {", "syncIntervalMinutes: 15,", "syncIntervalMinutes: 60,");

  writeFileSync(path.join(folder, "lead.policy.ts"), policy);
  copyFileSync(path.join(root, "policies", "lead.values.ts"), path.join(folder, "lead.values.ts"));
  return path.relative(root, folder);
}
