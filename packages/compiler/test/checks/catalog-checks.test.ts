import type { Catalog, DiagnosticInput, PolicyIR } from "@fieldpolicy/core";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogObjectPresentCheck } from "../../src/checks/catalog-object-present";
import { catalogPropertyExistsCheck } from "../../src/checks/catalog-property-exists";
import { createdPropertyExistsCheck } from "../../src/checks/created-property-exists";
import { SEMANTIC_CHECKS } from "../../src/checks/index";
import { picklistValueExistsCheck } from "../../src/checks/picklist-value-exists";
import { platformValueMappedCheck } from "../../src/checks/platform-value-mapped";
import { propertyTypeCompatibleCheck } from "../../src/checks/property-type-compatible";
import { propertyWritableCheck } from "../../src/checks/property-writable";
import type { SemanticCheck } from "../../src/checks/semantic-check";
import { textLengthFitsCheck } from "../../src/checks/text-length-fits";
import { getField } from "./build-test-ir";
import { loadDefaultPolicyIr, loadRealCatalog } from "./load-default-policy";

let defaultIr: PolicyIR;
let catalog: Catalog;

beforeAll(() => {
  defaultIr = loadDefaultPolicyIr();
  catalog = loadRealCatalog();
});

/** Runs a check on a copy of the default policy changed by `change`. */
function runOnDefault(check: SemanticCheck, change: (ir: PolicyIR) => void = () => {}): DiagnosticInput[] {
  const ir = structuredClone(defaultIr);
  change(ir);
  return check.run({ ir, catalog });
}

function summarize(problems: DiagnosticInput[]): [string, string, string | null][] {
  return problems.map((problem) => [problem.code, problem.severity ?? "error", problem.path ?? null]);
}

describe("catalog checks on the default policy", () => {
  it("report no error against the real catalogs", () => {
    const errors = SEMANTIC_CHECKS.filter((check) => check.needsCatalog)
      .flatMap((check) => runOnDefault(check))
      .filter((problem) => (problem.severity ?? "error") === "error");

    expect(errors).toEqual([]);
  });

  it("warn that field-level security hides HasOptedOutOfEmail", () => {
    expect(summarize(runOnDefault(catalogPropertyExistsCheck))).toEqual([
      ["FP4101", "warning", "/fields/consent/bindings/crm/property"],
    ]);
  });

  it("report hs_email_optout as a documented connector exception", () => {
    const [problem] = runOnDefault(propertyWritableCheck);

    expect(problem?.severity).toBe("info");
    expect(problem?.hint).toContain("knowledge.hubspot.com");
  });

  it("warn that HubSpot's lifecycle stage other maps to nothing", () => {
    expect(summarize(runOnDefault(platformValueMappedCheck))).toEqual([
      ["FP4105", "warning", "/fields/lifecycleStage/type/values"],
    ]);
  });

  it("note the objects no catalog describes", () => {
    expect(summarize(runOnDefault(catalogObjectPresentCheck))).toEqual([
      ["FP4107", "info", "/objects/opportunity/bindings/crm"],
      ["FP4107", "info", "/objects/opportunity/bindings/map"],
    ]);
  });
});

describe("FP4101 catalog-property-exists", () => {
  it("suggests hs_lead_status for hs_lead_statsu", () => {
    const problem = runOnDefault(catalogPropertyExistsCheck, (ir) => {
      getField(ir, "leadStatus").bindings.map = { property: "hs_lead_statsu", create: false };
    }).find((entry) => entry.path === "/fields/leadStatus/bindings/map/property");

    expect(problem?.severity ?? "error").toBe("error");
    expect(problem?.message).toContain("Did you mean `hs_lead_status`?");
  });

  it("suggests Title for Titel", () => {
    const problems = runOnDefault(catalogPropertyExistsCheck, (ir) => {
      getField(ir, "jobTitle").bindings.crm = { property: "Titel", create: false };
    });

    expect(problems.find((problem) => problem.path === "/fields/jobTitle/bindings/crm/property")?.message).toContain(
      "`Title`",
    );
  });

  it("warns about a Salesforce name spelled in another case", () => {
    const problems = runOnDefault(catalogPropertyExistsCheck, (ir) => {
      getField(ir, "jobTitle").bindings.crm = { property: "title", create: false };
    });

    expect(summarize(problems)).toContainEqual(["FP4101", "warning", "/fields/jobTitle/bindings/crm/property"]);
  });
});

describe("FP4102 created-property-exists", () => {
  it("warns when a property to create already exists", () => {
    const problems = runOnDefault(createdPropertyExistsCheck, (ir) => {
      getField(ir, "jobTitle").bindings.map = { property: "jobtitle", create: true };
    });

    expect(summarize(problems)).toEqual([["FP4102", "warning", "/fields/jobTitle/bindings/map/create"]]);
  });
});

describe("FP4103 property-type-compatible", () => {
  it("rejects a picklist bound to a text property", () => {
    const problems = runOnDefault(propertyTypeCompatibleCheck, (ir) => {
      getField(ir, "leadStatus").bindings.map = { property: "firstname", create: false };
    });

    expect(summarize(problems)).toEqual([["FP4103", "error", "/fields/leadStatus/bindings/map/property"]]);
  });

  it("rejects an owner bound to a reference to Account", () => {
    const problems = runOnDefault(propertyTypeCompatibleCheck, (ir) => {
      getField(ir, "leadOwner").bindings.crm = { property: "ConvertedAccountId", create: false };
    });

    expect(summarize(problems)).toEqual([["FP4103", "error", "/fields/leadOwner/bindings/crm/property"]]);
  });

  it("rejects a number bound to a boolean", () => {
    const problems = runOnDefault(propertyTypeCompatibleCheck, (ir) => {
      getField(ir, "emailEngagementScore").bindings.map = { property: "hs_email_optout", create: false };
    });

    expect(summarize(problems)).toEqual([["FP4103", "error", "/fields/emailEngagementScore/bindings/map/property"]]);
  });
});

describe("FP4104 picklist-value-exists", () => {
  it("rejects a native value the HubSpot picklist lacks", () => {
    const problems = runOnDefault(picklistValueExistsCheck, (ir) => {
      const type = getField(ir, "leadStatus").type;
      if (type.kind === "picklist" && type.valueMaps.map !== undefined) {
        type.valueMaps.map.inboundOnly.NURTURING = "Working";
      }
    });

    expect(summarize(problems)).toEqual([
      ["FP4104", "error", "/fields/leadStatus/type/valueMaps/map/inboundOnly/NURTURING"],
    ]);
  });

  it("rejects a Salesforce value once addToPicklist no longer adds it", () => {
    const problems = runOnDefault(picklistValueExistsCheck, (ir) => {
      const type = getField(ir, "leadStatus").type;
      if (type.kind === "picklist" && type.valueMaps.crm !== undefined) {
        type.valueMaps.crm.addToPicklist = ["Contacted"];
      }
    });

    expect(summarize(problems)).toEqual([["FP4104", "error", "/fields/leadStatus/type/valueMaps/crm/values/Engaged"]]);
  });

  it("rejects a canonical value that a system without a value map lacks", () => {
    const problems = runOnDefault(picklistValueExistsCheck, (ir) => {
      const type = getField(ir, "lifecycleStage").type;
      if (type.kind === "picklist") {
        type.values.push("nurture");
      }
    });

    expect(summarize(problems)).toEqual([["FP4104", "error", "/fields/lifecycleStage/type/values/7"]]);
  });
});

describe("FP4106 property-writable", () => {
  it("rejects writes into a calculated property", () => {
    const problems = runOnDefault(propertyWritableCheck, (ir) => {
      getField(ir, "company").bindings.map = { property: "hs_email_domain", create: false };
    });

    expect(summarize(problems)).toContainEqual(["FP4106", "error", "/fields/company/bindings/map/property"]);
  });

  it("rejects writes into a create-only Salesforce field", () => {
    const problems = runOnDefault(propertyWritableCheck, (ir) => {
      getField(ir, "consent").bindings.crm = { property: "IsConverted", create: false };
    });

    expect(summarize(problems)).toContainEqual(["FP4106", "error", "/fields/consent/bindings/crm/property"]);
  });

  it("accepts a read-only property in a system of record that no other system overrides", () => {
    const problems = runOnDefault(propertyWritableCheck, (ir) => {
      const field = getField(ir, "company");
      field.bindings.map = { property: "hs_email_domain", create: false };
      field.systemOfRecord = "map";
      field.rule = { ownerWins: { fillBlanks: false } };
    });

    expect(summarize(problems).filter(([, , path]) => path === "/fields/company/bindings/map/property")).toEqual([]);
  });
});

describe("FP4108 text-length-fits", () => {
  it("accepts the default policy's lengths", () => {
    expect(runOnDefault(textLengthFitsCheck)).toEqual([]);
  });

  it("rejects a maximum longer than Title", () => {
    const problems = runOnDefault(textLengthFitsCheck, (ir) => {
      getField(ir, "jobTitle").type = { kind: "text", maxLength: 200 };
    });

    expect(summarize(problems)).toEqual([["FP4108", "error", "/fields/jobTitle/type/maxLength"]]);
  });

  it("warns about a text field without a maximum", () => {
    const problems = runOnDefault(textLengthFitsCheck, (ir) => {
      getField(ir, "jobTitle").type = { kind: "text", maxLength: null };
    });

    expect(summarize(problems)).toEqual([["FP4108", "warning", "/fields/jobTitle/type"]]);
  });
});
