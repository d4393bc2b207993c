// Test factories: policy folders written to a temporary directory, and the text of small policies.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { loadPolicy, type LoadedPolicy } from "../src/index";

const createdFolders: string[] = [];

// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => {
  for (const folder of createdFolders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Writes files (path relative to the folder → text) into a new temporary folder and returns its path. */
export function createPolicyFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "fieldpolicy-test-"));
  createdFolders.push(folder);
  for (const [relative, text] of Object.entries(files)) {
    const destination = path.join(folder, relative);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, text, "utf8");
  }
  return folder;
}

/** Loads `main.policy.ts` from a new folder holding the given files, with paths relative to that folder. */
export function loadFromFiles(files: Record<string, string>, main = "main.policy.ts"): LoadedPolicy {
  const folder = createPolicyFolder(files);
  return loadPolicy(path.join(folder, main), { cwd: folder });
}

/** Loads a policy file whose whole text is given. */
export function loadFromText(text: string): LoadedPolicy {
  return loadFromFiles({ "main.policy.ts": text });
}

/** Summarizes the diagnostics of a load, without type errors, as `code line:column` strings. */
export function summarizeDiagnostics(loaded: LoadedPolicy, options: { withTypeErrors?: boolean } = {}): string[] {
  return loaded.diagnostics
    .filter((diagnostic) => options.withTypeErrors === true || diagnostic.code !== "FP1001")
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.line}:${diagnostic.column}`);
}

/** Text of a small valid policy literal, for `definePolicy(…)` or a default export. */
export function renderSmallPolicyLiteral(overrides: { name?: string; extraFields?: string } = {}): string {
  return `{
  name: "${overrides.name ?? "demo"}",
  label: "Demo",
  systems: {
    crm: { kind: "salesforce", label: "Salesforce" },
    map: { kind: "hubspot", label: "HubSpot" },
  },
  objects: { lead: { label: "Lead", bindings: { crm: "Lead", map: "contact" } } },
  fields: {
    leadScore: {
      object: "lead",
      label: "Lead Score",
      tier: 2,
      systemOfRecord: "map",
      bindings: { crm: "Score__c", map: "score" },
      type: { kind: "number" },
      rule: { ownerWins: {} },
    },${overrides.extraFields ?? ""}
  },
}`;
}
