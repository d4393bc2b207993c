import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG_DIAGNOSTIC_CODES } from "../../src/catalog/index";
import { SEMANTIC_CHECKS } from "../../src/checks/index";
import { PIPELINE_CODES } from "../../src/diagnostic-codes";
import { REPOSITORY_ROOT } from "./load-default-policy";

const DOC = readFileSync(join(REPOSITORY_ROOT, "docs/diagnostics.md"), "utf8");

// A table row of the page: `| FP3101 | \`tier1-last-write-wins\` | …`.
function hasRow(code: string, name: string | null): boolean {
  return DOC.includes(name === null ? `| ${code} |` : `| ${code} | \`${name}\` |`);
}

describe("docs/diagnostics.md", () => {
  it.each(SEMANTIC_CHECKS.map((check) => [check.code, check.name]))("lists check %s as %s", (code, name) => {
    expect(hasRow(code, name)).toBe(true);
  });

  it.each(CATALOG_DIAGNOSTIC_CODES.map((entry) => [entry.code, entry.name]))("lists catalog code %s as %s", (code, name) => {
    expect(hasRow(code, name)).toBe(true);
  });

  it.each(Object.values(PIPELINE_CODES).filter((code) => code.startsWith("FP4")))("lists pipeline code %s", (code) => {
    expect(hasRow(code, null)).toBe(true);
  });

  it.each(SEMANTIC_CHECKS.map((check) => [check.code, check.name]))("check %s has a kebab-case name", (_code, name) => {
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(SEMANTIC_CHECKS.map((check) => [check.code, check.needsCatalog]))("check %s sits in its code range", (code, needsCatalog) => {
    expect(code).toMatch(needsCatalog ? /^FP41\d\d$/ : /^FP3\d{3}$/);
  });

  it("gives every check a distinct code", () => {
    const codes = SEMANTIC_CHECKS.map((check) => check.code);

    expect(new Set(codes).size).toBe(codes.length);
  });

  it("shares no code between checks, catalog files and the pipeline", () => {
    const codes = [
      ...SEMANTIC_CHECKS.map((check) => check.code),
      ...CATALOG_DIAGNOSTIC_CODES.map((entry) => entry.code),
      ...Object.values(PIPELINE_CODES),
    ];

    expect(new Set(codes).size).toBe(codes.length);
  });
});
