// The main job end to end, through the real command line: build the default policy with the real
// catalogs, then resolve conflicts built from real HubSpot webhook deliveries and a real Salesforce
// LeadChangeEvent against a base snapshot. The decisions are compared with golden JSON lines in
// test/fixtures/end-to-end/, whose README explains why each one is what the policy promises.
// Run with UPDATE_GOLDEN=1 to rewrite the golden decisions, then review every changed line.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONVERSION_TRANSACTION,
  LEAD_ID,
  loadDecodedLeadFields,
  renderHubspotEvents,
  renderSalesforceEvents,
  REPOSITORY_ROOT,
} from "./build-event-files";

const FIXTURES = path.join(REPOSITORY_ROOT, "test/fixtures/end-to-end");
const GOLDEN_DECISIONS = path.join(FIXTURES, "decisions.golden.jsonl");

/** A Friday afternoon in New York, so a one-business-day review is due at the end of Monday. */
const NOW = "2024-04-26T18:00:00Z";

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface Decision {
  record: string;
  field: string;
  audit: unknown[];
  [key: string]: unknown;
}

/** Runs `pnpm -s fieldpolicy …` from the repository root, as a user would. */
function runFieldpolicy(args: readonly string[]): CliRun {
  const run = spawnSync("pnpm", ["-s", "fieldpolicy", ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function parseLines(text: string): Decision[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Decision);
}

/** Lists every file under a folder, as paths relative to it with forward slashes, sorted. */
function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), "fieldpolicy-main-job-"));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe("build of the default policy with the real catalogs", () => {
  let run: CliRun;
  let outDir: string;
  let files: string[];

  beforeAll(() => {
    outDir = path.join(workDir, "out");
    run = runFieldpolicy(["build", "policies", "--catalog", "test/fixtures/catalogs/real", "--out", outDir]);
    // The output folder also contains the marker that lets the next build replace it, so only the
    // policy's folder is listed.
    files = run.status === 0 ? listFiles(outDir).filter((file) => file.startsWith("lead/")) : [];
  });

  const read = (file: string): string => readFileSync(path.join(outDir, file), "utf8");

  it("exits with code 0", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("writes every output and no other", () => {
    const outputs = [...new Set(files.map((file) => file.split("/").slice(0, 2).join("/")))];

    expect(outputs).toEqual([
      "lead/docs",
      "lead/enforcement-plan.json",
      "lead/hubspot",
      "lead/ir.json",
      "lead/resolver",
      "lead/salesforce",
    ]);
  });

  it("writes the canonical IR of the policy file", () => {
    const ir = JSON.parse(read("lead/ir.json")) as { name: string; source: { file: string } };

    expect(ir.name).toBe("lead");
    expect(ir.source.file).toBe("policies/lead.policy.ts");
  });

  it("plans enforcement of every field", () => {
    const ir = JSON.parse(read("lead/ir.json")) as { fields: Record<string, unknown> };
    const plan = JSON.parse(read("lead/enforcement-plan.json")) as { entries: { field: string }[] };

    expect([...new Set(plan.entries.map((entry) => entry.field))].sort()).toEqual(Object.keys(ir.fields).sort());
  });

  it("writes the HubSpot mapping spec", () => {
    const spec = JSON.parse(read("lead/hubspot/mapping-spec.json")) as { policy: { name: string; sha256: string } };
    const banner = /IR sha256 ([0-9a-f]{16})/.exec(read("lead/docs/lead-sla.md"))?.[1];

    expect(spec.policy.name).toBe("lead");
    expect(spec.policy.sha256.slice(0, 16)).toBe(banner);
  });

  it("writes the HubSpot admin checklist", () => {
    expect(read("lead/hubspot/admin-checklist.md")).toContain("# HubSpot Salesforce connector");
  });

  it("writes an SFDX project", () => {
    const project = JSON.parse(read("lead/salesforce/sfdx-project.json")) as { packageDirectories: { path: string }[] };

    expect(project.packageDirectories.map((directory) => directory.path)).toEqual(["force-app"]);
  });

  it("writes every validation rule of package.xml", () => {
    const manifest = read("lead/salesforce/manifest/package.xml");
    const block = /<types>((?:(?!<\/types>)[\s\S])*<name>ValidationRule<\/name>)\s*<\/types>/.exec(manifest)?.[1] ?? "";
    const members = [...block.matchAll(/<members>([^<]+)<\/members>/g)].map((match) => match[1] ?? "");
    const ruleFiles = files
      .filter((file) => file.endsWith(".validationRule-meta.xml"))
      .map((file) => {
        const parts = file.split("/");
        return `${parts[parts.length - 3]}.${parts[parts.length - 1]?.replace(".validationRule-meta.xml", "")}`;
      });

    expect(members.sort()).toEqual(ruleFiles.sort());
  });

  it("writes the SLA document", () => {
    const sla = read("lead/docs/lead-sla.md");

    expect(sla).toContain("RevOps exceptions");
    expect(sla).toContain("Data quality review");
  });

  it("writes a resolver module deciding like resolve", () => {
    const module = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "test/end-to-end/resolve-with-module.ts",
        path.join(outDir, "lead/resolver/resolver.ts"),
        path.join(FIXTURES, "conflicts.jsonl"),
        path.join(FIXTURES, "users.json"),
        NOW,
      ],
      { cwd: REPOSITORY_ROOT, encoding: "utf8" },
    );
    const golden = parseLines(readFileSync(GOLDEN_DECISIONS, "utf8"));
    const decisions = parseLines(module.stdout);

    expect(
      decisions.map((decision) => decision.field),
      module.stderr,
    ).toEqual(["leadOwner", "leadStatus", "lifecycleStage"]);
    expect(decisions).toEqual(decisions.map((decision) => golden.find((entry) => entry.field === decision.field)));
  });

  it("summarizes each output and its files", () => {
    const byOutput = new Map<string, string[]>();
    for (const file of files) {
      const [, first = "", ...rest] = file.split("/");
      byOutput.set(first, [...(byOutput.get(first) ?? []), [first, ...rest].join("/")]);
    }
    // A single file is named by its path in the policy folder, several by their folder and count.
    const expected = [...byOutput.entries()].map(([folder, paths]) =>
      paths.length === 1 ? paths[0] : `${folder}/ (${paths.length} files)`,
    );
    const listed = [...run.stdout.matchAll(/^ {4}.+? {2,}(\S+(?: \(\d+ files\))?)/gm)].map((match) => match[1]);

    expect(listed.sort()).toEqual(expected.sort());
  });

  it("counts what the Salesforce project enforces", () => {
    expect(run.stdout).toMatch(
      /Salesforce project +salesforce\/ \(\d+ files\): \d+ validation rules, \d+ permission sets, \d+ tracked fields/,
    );
  });

  it("counts every written file", () => {
    expect(run.stdout).toContain(`Wrote ${files.length} files for 1 policy to ${outDir}/`);
  });
});

describe("resolve of real change events against a base snapshot", () => {
  let run: CliRun;
  let decisions: Decision[];

  beforeAll(() => {
    const hubspotFile = path.join(workDir, "hubspot-deliveries.jsonl");
    const salesforceFile = path.join(workDir, "lead-change-events.json");
    writeFileSync(hubspotFile, renderHubspotEvents());
    writeFileSync(salesforceFile, renderSalesforceEvents());

    run = runFieldpolicy([
      "resolve",
      "--policy",
      "policies/lead.policy.ts",
      "--hubspot-events",
      hubspotFile,
      "--salesforce-events",
      salesforceFile,
      "--base",
      path.join(FIXTURES, "base-snapshot.json"),
      "--users",
      path.join(FIXTURES, "users.json"),
      "--now",
      NOW,
    ]);
    decisions = parseLines(run.stdout);

    // The input contains malformed events on purpose, so a complete run exits with code 1.
    if (process.env["UPDATE_GOLDEN"] === "1" && run.status === 1) {
      writeFileSync(GOLDEN_DECISIONS, run.stdout);
    }
  });

  it("exits with code 1 for the malformed events", () => {
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("3 skipped events are malformed, an input error");
  });

  it("writes the golden decisions", () => {
    expect(decisions).toEqual(parseLines(readFileSync(GOLDEN_DECISIONS, "utf8")));
  });

  it("decides every field the changes touch", () => {
    expect(decisions.map((decision) => `${decision.record} ${decision.field}`)).toEqual([
      `${LEAD_ID} consent`,
      `${LEAD_ID} leadOwner`,
      `${LEAD_ID} leadStatus`,
      `${LEAD_ID} lifecycleStage`,
    ]);
  });

  // Four HubSpot property changes and three Salesforce Lead changes are usable.
  it("audits only the usable changes", () => {
    expect(decisions.flatMap((decision) => decision.audit)).toHaveLength(7);
  });

  const skippedEvents: [string, string][] = [
    ["HubSpot line that is not JSON", "skipped (malformedEvent): Line 6 of --hubspot-events"],
    ["HubSpot contact creation", "skipped (unsupportedEventType): HubSpot event hubspot:3816279480 "],
    ["HubSpot redacted value", "skipped (redactedValue): HubSpot event hubspot:3029365631 "],
    ["first HubSpot contact deletion", "skipped (unsupportedEventType): HubSpot event hubspot:1 "],
    ["second HubSpot contact deletion", "skipped (unsupportedEventType): HubSpot event hubspot:2 "],
    [
      "HubSpot change without a time",
      "skipped (malformedEvent): HubSpot event hubspot:3816279345 is malformed: its occurredAt is missing",
    ],
    [
      "HubSpot property no field binds",
      "skipped (unknownProperty): HubSpot event hubspot:3816279344 changes contact.hs_persona",
    ],
    [
      "Salesforce event without a commit user",
      `skipped (malformedEvent): Salesforce event salesforce:${CONVERSION_TRANSACTION}:7 `,
    ],
    [
      "Salesforce Account creation",
      `skipped (unknownObject): Salesforce event salesforce:${CONVERSION_TRANSACTION}:1 `,
    ],
    [
      "Salesforce Contact creation",
      `skipped (unknownObject): Salesforce event salesforce:${CONVERSION_TRANSACTION}:2 `,
    ],
    [
      "Salesforce Opportunity without a base record",
      `skipped (noBase): Salesforce event salesforce:${CONVERSION_TRANSACTION}:3 `,
    ],
    [
      "Lead field no field binds",
      `skipped (unknownProperty): Salesforce event salesforce:${CONVERSION_TRANSACTION}:4 changes Lead.IsConverted`,
    ],
  ];

  it.each(skippedEvents)("reports the %s on standard error", (_name, line) => {
    expect(run.stderr).toContain(line);
  });

  it("reads the documented fields of the bitmap", () => {
    const unknown = [
      ...run.stderr.matchAll(new RegExp(`salesforce:${CONVERSION_TRANSACTION}:4 changes Lead\\.(\\w+)`, "g")),
    ];

    expect(["Status", ...unknown.map((match) => match[1])].sort()).toEqual(loadDecodedLeadFields().sort());
  });

  it("notes the undecoded bitmap", () => {
    expect(run.stderr).toContain(
      `note: Salesforce event salesforce:${CONVERSION_TRANSACTION}:4: changedFields contains Pub/Sub bitmaps`,
    );
  });

  it("keeps skipped records out of the decisions", () => {
    const skippedRecords = [
      "0065f00000UloqVAAR",
      "0015f00002JUX1JAAX",
      "0035f00002EztxDAAR",
      "847297356",
      "123",
      "124",
    ];

    expect(decisions.filter((decision) => skippedRecords.includes(decision.record))).toEqual([]);
  });

  it("counts the conflicts it built", () => {
    expect(run.stderr).toMatch(/Read \d+ changes from events into 4 conflicts; \d+ skipped\./);
  });
});

describe("resolve of the same conflicts as JSON lines", () => {
  let run: CliRun;
  let decisions: Decision[];

  beforeAll(() => {
    run = runFieldpolicy([
      "resolve",
      "--policy",
      "policies/lead.policy.ts",
      "--input",
      path.join(FIXTURES, "conflicts.jsonl"),
      "--users",
      path.join(FIXTURES, "users.json"),
      "--now",
      NOW,
    ]);
    decisions = parseLines(run.stdout);
  });

  it("exits with code 0", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("decides each conflict of the file", () => {
    expect(decisions.map((decision) => decision.field)).toEqual(["leadOwner", "leadStatus", "lifecycleStage"]);
  });

  it.each(["leadOwner", "leadStatus", "lifecycleStage"])("decides %s as the event files did", (field) => {
    const golden = parseLines(readFileSync(GOLDEN_DECISIONS, "utf8"));

    expect(decisions.find((decision) => decision.field === field)).toEqual(
      golden.find((decision) => decision.record === LEAD_ID && decision.field === field),
    );
  });
});
