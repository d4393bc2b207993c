import { describe, expect, it } from "vitest";
import { generateSlaDocument } from "../src/index";
import { buildTestField, buildTestPolicy } from "./build-test-policy";
import { formatAsBuild } from "./format-as-build";
import { lintMarkdown } from "./lint-markdown";
import { readSection, readText, renderHtml } from "./read-rendered-markdown";

describe("SLA document structure", () => {
  it("tells apart two fields with the same label", () => {
    const ir = buildTestPolicy({
      fields: { leadStatus: buildTestField(), contactStatus: buildTestField({ label: "Lead Status" }) },
    });

    const html = renderHtml(generateSlaDocument(ir).files[0]!.contents);

    expect(html).toContain("<h3>Lead Status (<code>contactStatus</code>)</h3>");
    expect(html).toContain("<h3>Lead Status (<code>leadStatus</code>)</h3>");
  });

  it("passes markdownlint with repeated labels", () => {
    const ir = buildTestPolicy({
      label: "Lead Status",
      fields: { leadStatus: buildTestField(), contactStatus: buildTestField({ label: "Lead Status" }) },
    });

    expect(lintMarkdown(generateSlaDocument(ir).files[0]!.contents)).toEqual([]);
  });

  it("says so when the policy has no queue or waiver", () => {
    const ir = buildTestPolicy({ queues: {}, fields: { leadStatus: buildTestField({ review: [] }) } });

    const html = renderHtml(generateSlaDocument(ir).files[0]!.contents);

    expect(readText(readSection(html, "Exception queues"))).toBe("The policy declares no review queue.");
    expect(readText(readSection(html, "Waivers"))).toBe("The policy waives no check.");
  });

  it("stays unchanged by prettier with wide characters", async () => {
    const ir = buildTestPolicy({ fields: { leadStatus: buildTestField({ label: "リードステータス 状态" }) } });
    const markdown = generateSlaDocument(ir).files[0]!.contents;

    expect(await formatAsBuild(markdown)).toBe(markdown);
  });
});
