import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli, type CliRun } from "../init/run-cli";
import { locateSharedData } from "../../../../test/support/shared-data";

// The real examples are vendor documentation, so they are read from the shared data folder at
// test time and written to a temporary folder in the shapes the command reads.
const SHARED_DATA_DIR = locateSharedData();
const LEAD_ID = "00Q5f000005bwLFEAY";

let dir = "";

function readShared(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SHARED_DATA_DIR, file), "utf8")) as Record<string, unknown>;
}

function buildBaseSnapshot(leadStatusAt: string): unknown {
  return {
    records: {
      [LEAD_ID]: {
        object: "lead",
        ids: { crm: LEAD_ID, map: "1246965" },
        fields: {
          leadStatus: { value: "Working", at: leadStatusAt },
          lifecycleStage: { value: "lead", at: "2016-05-01T00:00:00Z" },
        },
      },
    },
  };
}

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

function resolveEvents(options: { hubspot?: string; salesforce?: string; base?: string; extra?: string[] }): CliRun {
  const args = ["resolve", "--policy", "policies/lead.policy.ts", "--now", "2026-12-04T20:00:00Z"];
  if (options.hubspot !== undefined) {
    args.push("--hubspot-events", options.hubspot);
  }
  if (options.salesforce !== undefined) {
    args.push("--salesforce-events", options.salesforce);
  }
  if (options.base !== undefined) {
    args.push("--base", options.base);
  }
  return runCli([...args, ...(options.extra ?? [])]);
}

function decisionFields(run: CliRun): string[] {
  return run.stdout
    .trim()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { field: string }).field);
}

let hubspotFile = "";
let salesforceFile = "";
let baseFile = "";
let realRun: CliRun = { status: null, stdout: "", stderr: "" };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "fieldpolicy-events-"));
  hubspotFile = await writeJson(
    "hubspot.json",
    readShared("hubspot-webhook-examples.json")["hubspot_docs_webhooks_overview_example"],
  );
  salesforceFile = await writeJson(
    "salesforce.json",
    readShared("sf-cdc-lead-conversion-events-sfdocs.json")["events"],
  );
  baseFile = await writeJson("base.json", buildBaseSnapshot("2024-04-01T00:00:00Z"));

  // One run of the real events serves the tests that read its output; each run compiles the policy.
  realRun = resolveEvents({ hubspot: hubspotFile, salesforce: salesforceFile, base: baseFile });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fieldpolicy resolve with events", () => {
  it("decides the real events against the base", () => {
    expect(realRun.status).toBe(0);
    expect(decisionFields(realRun)).toEqual(["leadStatus", "lifecycleStage"]);
  });

  it("lists skipped events and the bitmap fallback on standard error", () => {
    const run = realRun;

    expect(run.stderr).toContain(
      'skipped (unsupportedEventType): HubSpot event hubspot:3816279480 is a "contact.creation" event',
    );
    expect(run.stderr).toContain("skipped (unknownProperty): Salesforce event");
    expect(run.stderr).toContain(
      "note: Salesforce event salesforce:00006948-0ac9-7da3-edb3-ea0e31b2334a:4: changedFields contains Pub/Sub bitmaps",
    );
    expect(run.stderr).toContain("into 2 conflicts; 10 skipped.");
  });

  it("skips a line that is not JSON and exits 1", async () => {
    const events = readShared("hubspot-webhook-examples.json")["hubspot_docs_webhooks_overview_example"] as unknown[];
    const lines = await writeJson("hubspot.jsonl", `${JSON.stringify(events)}\n{not json\n`);

    const run = resolveEvents({ hubspot: lines, base: baseFile });

    expect(run.status).toBe(1);
    expect(decisionFields(run)).toEqual(["lifecycleStage"]);
    expect(run.stderr).toContain("skipped (malformedEvent): Line 2 of --hubspot-events");
    expect(run.stderr).toContain("1 skipped event is malformed, an input error");
  });

  it("reads event and base files that start with a byte order mark", async () => {
    const events = readShared("hubspot-webhook-examples.json")["hubspot_docs_webhooks_overview_example"] as unknown[];
    const document = await writeJson("hubspot-bom.json", `\uFEFF${JSON.stringify(events)}`);
    const lines = await writeJson("hubspot-bom.jsonl", `\uFEFF${events.map((event) => JSON.stringify(event)).join("\n")}\n`);
    const base = await writeJson("base-bom.json", `\uFEFF${JSON.stringify(buildBaseSnapshot("2024-04-01T00:00:00Z"))}`);

    const fromDocument = resolveEvents({ hubspot: document, base });
    const fromLines = resolveEvents({ hubspot: lines, base });

    expect(fromDocument.status).toBe(0);
    expect(decisionFields(fromDocument)).toEqual(["lifecycleStage"]);
    expect(fromLines.status).toBe(0);
    expect(fromLines.stderr).not.toContain("malformedEvent");
    expect(decisionFields(fromLines)).toEqual(["lifecycleStage"]);
  });

  it("exits 1 when every event is malformed", async () => {
    const events = await writeJson("salesforce-malformed.json", [{ ChangeEventHeader: {} }, { Status: "Working" }]);

    const run = resolveEvents({ salesforce: events, base: baseFile });

    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("No conflict could be built from the events, so nothing was resolved.");
    expect(run.stderr).not.toContain("    at ");
  });

  it("rejects event files without a base", () => {
    const run = resolveEvents({ hubspot: hubspotFile });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--base FILE is required");
  });

  it("rejects events together with --input", () => {
    const run = resolveEvents({ hubspot: hubspotFile, base: baseFile, extra: ["--input", baseFile] });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--input cannot be combined with event files");
  });

  it("rejects an invalid base snapshot with every problem", async () => {
    const base = await writeJson("bad-base.json", { records: { a: { object: "account", ids: {}, fields: {} }, b: 5 } });

    const run = resolveEvents({ hubspot: hubspotFile, base });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/records/a/object: "account" is not an object of the policy "lead"');
    expect(run.stderr).toContain("/records/b: a record must be an object");
    expect(run.stderr).not.toContain("    at ");
  });

  it("rejects a missing event file", () => {
    const run = resolveEvents({ salesforce: path.join(dir, "missing.json"), base: baseFile });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing.json does not exist.");
  });
});
