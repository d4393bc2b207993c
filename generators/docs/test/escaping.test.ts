import { describe, expect, it } from "vitest";
import { generateSlaDocument } from "../src/index";
import { buildTestField, buildTestPolicy, buildTestQueue } from "./build-test-policy";
import { formatAsBuild } from "./format-as-build";
import { lintMarkdown } from "./lint-markdown";
import { decodeEntities, readLinks, readTableAfterHeading, readText, renderHtml } from "./read-rendered-markdown";

// Every Markdown and HTML metacharacter the document must neutralize, and a line break.
const HOSTILE = "Lead | <b>Status</b> `x` *y* _z_ [link](https://attacker.example) \\ &lt;\n# Heading";
// What a reader must see: the same characters, with the line break as a space.
const HOSTILE_AS_SEEN = "Lead | <b>Status</b> `x` *y* _z_ [link](https://attacker.example) \\ &lt; # Heading";

function buildHostilePolicy() {
  const field = buildTestField({
    label: HOSTILE,
    description: HOSTILE,
    waive: [{ code: "FP3102", reason: HOSTILE }],
    review: [{ when: "override", queue: "revops" }],
  });
  return buildTestPolicy({
    label: HOSTILE,
    description: HOSTILE,
    queues: { revops: buildTestQueue({ label: HOSTILE, owner: HOSTILE }) },
    fields: { leadStatus: field },
  });
}

describe("policy text with Markdown and HTML metacharacters", () => {
  const markdown = generateSlaDocument(buildHostilePolicy()).files[0]!.contents;
  const html = renderHtml(markdown);

  it("injects no HTML element", () => {
    expect(html).not.toContain("<b>");
  });

  it("shows every link target as its text", () => {
    const disguised = readLinks(html).filter((link) => link.href !== link.text && link.href !== `mailto:${link.text}`);

    expect(disguised).toEqual([]);
  });

  it("injects no heading", () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it("opens no emphasis or code span", () => {
    expect(html).not.toMatch(/<em>|<code>x<\/code>/);
  });

  it("shows the label literally in the title", () => {
    expect(readText(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(HOSTILE_AS_SEEN);
  });

  it("keeps the ownership matrix rows whole", () => {
    const rows = readTableAfterHeading(html, "Ownership matrix");

    expect(rows.map((row) => row.length)).toEqual([6, 6]);
    expect(rows[1]![0]).toBe(HOSTILE_AS_SEEN);
  });

  it("keeps the queue table rows whole", () => {
    const rows = readTableAfterHeading(html, "Exception queues");

    expect(rows.map((row) => row.length)).toEqual([7, 7]);
    expect(rows[1]![0]).toBe(HOSTILE_AS_SEEN);
    expect(rows[1]![1]).toBe(HOSTILE_AS_SEEN);
  });

  it("keeps the waiver reason whole", () => {
    const rows = readTableAfterHeading(html, "Waivers");

    expect(rows[1]).toEqual([HOSTILE_AS_SEEN, "FP3102", HOSTILE_AS_SEEN]);
  });

  it("keeps the Mermaid diagram inside its fence", () => {
    const diagram = decodeEntities(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/.exec(html)![1]!);

    expect(diagram).toContain("review --> queue0");
    expect(diagram).not.toMatch(/queue0\["[^"\n]*"[^\]\n]/);
  });

  it("passes markdownlint", () => {
    expect(lintMarkdown(markdown)).toEqual([]);
  });

  it("is left unchanged by prettier", async () => {
    expect(await formatAsBuild(markdown)).toBe(markdown);
  });
});
