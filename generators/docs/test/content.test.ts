import { describe, expect, it } from "vitest";
import { TIER_PROFILES } from "@fieldpolicy/core";
import { generateSlaDocument } from "../src/index";
import { compileExamplePolicy, EXAMPLE_POLICIES } from "./compile-example-policy";
import { readSection, readTableAfterHeading, readText, renderHtml } from "./read-rendered-markdown";

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

describe.each(EXAMPLE_POLICIES)("content of the $name SLA document", ({ file }) => {
  const ir = compileExamplePolicy(file);
  const html = renderHtml(generateSlaDocument(ir).files[0]!.contents);
  const fieldKeys = Object.keys(ir.fields).sort();
  const queueKeys = Object.keys(ir.queues).sort();

  it("shows the policy file and its content hash", () => {
    const identity = readTableAfterHeading(html, "Summary");

    expect(identity).toContainEqual(["Policy file", ir.source.file]);
    expect(identity).toContainEqual(["Content hash (SHA-256 of the policy files)", ir.source.sha256]);
  });

  it("lists every field in the ownership matrix", () => {
    const rows = readTableAfterHeading(html, "Ownership matrix").slice(1);

    expect(rows.map((row) => row[0])).toEqual(fieldKeys.map((key) => ir.fields[key]!.label));
  });

  it("names each field's system of record and tier", () => {
    const rows = readTableAfterHeading(html, "Ownership matrix").slice(1);

    for (const [index, key] of fieldKeys.entries()) {
      const field = ir.fields[key]!;
      expect(rows[index]![2]).toBe(ir.systems[field.systemOfRecord]!.label);
      expect(rows[index]![3]).toBe(String(field.tier));
    }
  });

  it("gives each field a rules subsection", () => {
    for (const key of fieldKeys) {
      expect(readSection(html, ir.fields[key]!.label)).toContain("<li>");
    }
  });

  it("shows every queue's owner, response time and calendar", () => {
    const rows = readTableAfterHeading(html, "Exception queues").slice(1);

    for (const [index, key] of queueKeys.entries()) {
      const queue = ir.queues[key]!;
      expect(rows[index]![0]).toBe(queue.label);
      expect(rows[index]![1]).toBe(queue.owner);
      expect(rows[index]![2]).toBe(plural(queue.responseTime.businessDays, "business day"));
      expect(rows[index]![3]).toBe(queue.calendar.timeZone);
      expect(rows[index]![5]).toBe(
        queue.calendar.holidays.length === 0 ? "None" : [...queue.calendar.holidays].sort().join(", "),
      );
    }
  });

  it("shows every field's audit retention", () => {
    const rows = readTableAfterHeading(html, "Audit retention").slice(1);

    for (const [index, key] of fieldKeys.entries()) {
      const field = ir.fields[key]!;
      expect(rows[index]![0]).toBe(field.label);
      expect(rows[index]![2]).toBe(plural(field.audit.retentionDays, "day"));
    }
  });

  it("states the meaning and guarantees of each tier in use", () => {
    const tiers = [...new Set(Object.values(ir.fields).map((field) => field.tier))];

    for (const tier of tiers) {
      const section = readText(readSection(html, `Tier ${tier}`));
      expect(section).toContain(TIER_PROFILES[tier].meaning);
      for (const guarantee of TIER_PROFILES[tier].guarantees) {
        expect(section).toContain(guarantee);
      }
    }
  });

  it("lists every waiver with its reason", () => {
    const waivers = fieldKeys.flatMap((key) =>
      ir.fields[key]!.waive.map((waiver) => [ir.fields[key]!.label, waiver.code, waiver.reason]),
    );
    const section = readSection(html, "Waivers");

    if (waivers.length === 0) {
      expect(readText(section)).toBe("The policy waives no check.");
    } else {
      expect(readTableAfterHeading(html, "Waivers").slice(1)).toEqual(waivers);
    }
  });

  it("has one enforcement row per rule part", () => {
    const rows = readTableAfterHeading(html, "Enforcement plan").slice(1);
    const parts = fieldKeys.flatMap((key) => Object.keys(ir.fields[key]!.rule));

    expect(rows).toHaveLength(parts.length);
  });

  it("draws the conflict flow in Mermaid", () => {
    expect(html).toContain('<code class="language-mermaid">');
  });
});
