import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Decision, PolicyIR } from "@fieldpolicy/core";
import { buildPlaybookScenarios, generateSlaDocument, PLAYBOOK_NOW, type ConflictScenario } from "../src/index";
import { compileExamplePolicy, EXAMPLE_POLICIES, REPOSITORY_ROOT } from "./compile-example-policy";
import { readSection, readText, renderHtml } from "./read-rendered-markdown";

const workFolder = mkdtempSync(path.join(tmpdir(), "fieldpolicy-docs-"));

afterAll(() => {
  rmSync(workFolder, { recursive: true, force: true });
});

/** Runs `pnpm fieldpolicy resolve` on the conflicts and returns its decisions, one per conflict. */
function resolveWithCli(policyFile: string, scenarios: readonly ConflictScenario[], name: string): Decision[] {
  const inputPath = path.join(workFolder, `${name}-conflicts.jsonl`);
  writeFileSync(inputPath, scenarios.map((scenario) => JSON.stringify(scenario.conflict)).join("\n") + "\n");

  const output = execFileSync(
    "pnpm",
    ["--silent", "fieldpolicy", "resolve", "--policy", policyFile, "--input", inputPath, "--now", PLAYBOOK_NOW],
    { cwd: REPOSITORY_ROOT, encoding: "utf8", timeout: 120_000 },
  );
  return output
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Decision);
}

function describeValue(value: unknown): string {
  if (value === null || value === "") {
    return "blank";
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

function describeSource(ir: PolicyIR, source: string): string {
  return source === "base" ? "the last agreed value" : ir.systems[source]!.label;
}

describe.each(EXAMPLE_POLICIES)("playbook of the $name policy", ({ name, file }) => {
  const ir = compileExamplePolicy(file);
  const html = renderHtml(generateSlaDocument(ir).files[0]!.contents);
  const scenarios = buildPlaybookScenarios(ir);
  const conflictScenarios = scenarios.filter((scenario): scenario is ConflictScenario => "conflict" in scenario);
  let decisions: Decision[] = [];

  beforeAll(() => {
    decisions = resolveWithCli(file, conflictScenarios, name);
  });

  it("gets one decision per worked example from the CLI", () => {
    expect(decisions).toHaveLength(conflictScenarios.length);
  });

  it.each(conflictScenarios.map((scenario, index) => ({ scenario, index })))(
    "shows what the CLI decides for $scenario.title",
    ({ scenario, index }) => {
      const decision = decisions[index]!;
      const number = scenarios.indexOf(scenario) + 1;
      const section = readText(readSection(html, `${number}. ${scenario.title}`));

      expect(decision.outcome).not.toBe("error");
      expect(section).toContain(`Outcome: ${decision.outcome === "review" ? "sent to review" : decision.outcome}.`);
      expect(section).toContain(
        `Value: ${describeValue(decision.value)}, from ${describeSource(ir, decision.source)}.`,
      );
      expect(section).toContain(`Rule: ${decision.rule.id}.`);
      for (const rejection of decision.rejected) {
        expect(section).toContain(
          `${ir.systems[rejection.system]!.label} ${JSON.stringify(rejection.value)} ${rejection.at} ${rejection.reason}:`,
        );
      }
      if (decision.review === null) {
        expect(section).toContain("Review: none.");
      } else {
        const queue = ir.queues[decision.review.queue]!;
        expect(section).toContain(`Review: ${queue.label} (${queue.owner}), due by ${decision.review.dueBy}`);
      }
    },
  );

  it("says in one line which scenarios the policy has no field for", () => {
    for (const [index, scenario] of scenarios.entries()) {
      if ("skipped" in scenario) {
        expect(readText(readSection(html, `${index + 1}. ${scenario.title}`))).toBe(scenario.skipped);
      }
    }
  });
});
