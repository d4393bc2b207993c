import { describe, expect, it } from "vitest";
import { buildPolicyLabel, renderPolicyTemplate } from "../../src/init/render-policy-template";

const VALUES = { name: "emea", label: "Emea field ownership", file: "policies/emea.policy.ts" };

describe("renderPolicyTemplate", () => {
  it("fills every placeholder", () => {
    const output = renderPolicyTemplate('name: "{{name}}", label: "{{label}}" // {{file}}', VALUES);

    expect(output).toBe('name: "emea", label: "Emea field ownership" // policies/emea.policy.ts');
  });

  it("rejects an unknown placeholder", () => {
    expect(() => renderPolicyTemplate("{{owner}}", VALUES)).toThrow("{{owner}}");
  });

  it("rejects a value with a quote", () => {
    expect(() => renderPolicyTemplate("{{label}}", { ...VALUES, label: 'a "b"' })).toThrow("Invalid label");
  });

  it("rejects a value with a line break", () => {
    expect(() => renderPolicyTemplate("{{file}}", { ...VALUES, file: "a\nb" })).toThrow("Invalid file");
  });
});

describe("buildPolicyLabel", () => {
  it("turns hyphens into spaces and capitalizes", () => {
    expect(buildPolicyLabel("emea-sales")).toBe("Emea sales field ownership");
  });
});
