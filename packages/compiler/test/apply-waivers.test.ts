import { readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "@fieldpolicy/core";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../src/index";
import { createPolicyFolder } from "./policy-folder";

const POLICIES = path.resolve(import.meta.dirname, "../../../policies");
const POLICY_TEXT = readFileSync(path.join(POLICIES, "lead.policy.ts"), "utf8");
const VALUES_TEXT = readFileSync(path.join(POLICIES, "lead.values.ts"), "utf8");
const CONSENT_WAIVER = `      waive: [
        {
          code: "FP3102",`;

/** Compiles the default policy after replacing one piece of its text. */
function compileEdited(search: string, replacement: string): Diagnostic[] {
  if (!POLICY_TEXT.includes(search)) {
    throw new Error(`The default policy no longer contains ${JSON.stringify(search)}; update the test.`);
  }
  const folder = createPolicyFolder({
    "lead.policy.ts": POLICY_TEXT.replace(search, replacement),
    "lead.values.ts": VALUES_TEXT,
  });
  return compilePolicy("lead.policy.ts", { cwd: folder }).diagnostics;
}

function codesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.severity} ${diagnostic.path}`);
}

describe("field waivers", () => {
  it("lift the diagnostic they name on their field", () => {
    const diagnostics = compileEdited("", "");

    expect(codesOf(diagnostics).filter((entry) => entry.startsWith("FP3102") || entry.startsWith("FP400"))).toEqual([]);
  });

  it("leave the diagnostic in place once removed", () => {
    const diagnostics = compileEdited(CONSENT_WAIVER, `      waive: [\n        {\n          code: "FP3000",`);

    expect(codesOf(diagnostics)).toContain("FP3102 error /fields/consent/review");
  });

  it("leave a diagnostic on a defaulted value at the field that lacks it", () => {
    const diagnostics = compileEdited(CONSENT_WAIVER, `      waive: [\n        {\n          code: "FP3000",`);
    const unwaived = diagnostics.find((diagnostic) => diagnostic.code === "FP3102");
    const consentLine = POLICY_TEXT.slice(0, POLICY_TEXT.indexOf("    consent: {")).split("\n").length;

    expect([unwaived?.line, unwaived?.column]).toEqual([consentLine, 14]);
  });

  it("report an unknown code as an error at the code", () => {
    const diagnostics = compileEdited(CONSENT_WAIVER, `      waive: [\n        {\n          code: "FP3999",`);
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === "FP4003");

    expect(unknown?.path).toBe("/fields/consent/waive/0/code");
    expect(unknown?.message).toBe("The field consent waives FP3999, which is not the code of any semantic check.");
  });

  it("report a waiver that lifts nothing as a warning", () => {
    const diagnostics = compileEdited(
      `      merge: "primary",\n    },\n\n    lifecycleStage: {`,
      `      merge: "primary",\n      waive: [{ code: "FP3102", reason: "Not needed." }],\n    },\n\n    lifecycleStage: {`,
    );

    expect(codesOf(diagnostics)).toContain("FP4002 warning /fields/leadOwner/waive/0");
  });

  it("locate a waiver that lifts nothing at the waiver", () => {
    const diagnostics = compileEdited(
      `      merge: "primary",\n    },\n\n    lifecycleStage: {`,
      `      merge: "primary",\n      waive: [{ code: "FP3102", reason: "Not needed." }],\n    },\n\n    lifecycleStage: {`,
    );
    const unused = diagnostics.find((diagnostic) => diagnostic.code === "FP4002");

    expect([unused?.line, unused?.column]).toEqual([71, 15]);
  });

  it("do not lift the same code on another field", () => {
    const diagnostics = compileEdited(
      `      review: [{ when: "override", queue: "revops" }],\n      syncIntervalMinutes: 60,\n      merge: "primary",`,
      `      syncIntervalMinutes: 60,\n      merge: "primary",`,
    );

    expect(codesOf(diagnostics)).toContain("FP3102 error /fields/leadOwner/review");
  });
});
