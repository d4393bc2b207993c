import { describe, expect, it } from "vitest";
import { FALSE, TRUE, and, call, not, or, renderFormula, stringLiteral, token } from "../src/formula";

describe("stringLiteral", () => {
  it("escapes double quotes", () => {
    expect(renderFormula(stringLiteral('say "hi"'))).toBe('"say \\"hi\\""');
  });

  it("escapes backslashes before quotes", () => {
    expect(renderFormula(stringLiteral("a\\b"))).toBe('"a\\\\b"');
  });

  it("escapes single quotes", () => {
    expect(renderFormula(stringLiteral("O'Brien"))).toBe('"O\\\'Brien"');
  });
});

describe("boolean helpers", () => {
  it("drops TRUE from AND", () => {
    expect(renderFormula(and(TRUE, token("A")))).toBe("A");
  });

  it("drops FALSE from OR", () => {
    expect(renderFormula(or(FALSE, token("A"), token("B")))).toBe("OR(A, B)");
  });

  it("removes a double negation", () => {
    expect(not(not(token("A")))).toEqual(token("A"));
  });

  it("turns an empty OR into FALSE", () => {
    expect(or()).toBe(FALSE);
  });
});

describe("renderFormula", () => {
  it("keeps a short call on one line", () => {
    expect(renderFormula(call("ISCHANGED", token("Status")))).toBe("ISCHANGED(Status)");
  });

  it("puts each argument of a long call on its own line", () => {
    const formula = and(call("ISCHANGED", token("Lifecycle_Stage__c")), token("$Permission.FP_Lead_Map_Integration_Permission"));
    expect(renderFormula(formula)).toBe(
      "AND(\n    ISCHANGED(Lifecycle_Stage__c),\n    $Permission.FP_Lead_Map_Integration_Permission\n)",
    );
  });

  it("keeps each CASE value with its result", () => {
    const values = ["Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead"];
    const formula = call("CASE", token("TEXT(X)"), ...values.flatMap((value, index) => [stringLiteral(value), token(String(index + 1))]), token("0"));
    expect(renderFormula(formula)).toBe(
      'CASE(\n    TEXT(X),\n    "Subscriber", 1,\n    "Lead", 2,\n    "Marketing Qualified Lead", 3,\n    "Sales Qualified Lead", 4,\n    0\n)',
    );
  });
});
