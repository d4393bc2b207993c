import { describe, expect, it } from "vitest";
import type { Catalog, CatalogProperty, Field, PolicyIR } from "@fieldpolicy/core";
import { generateSalesforceProject, SALESFORCE_CODES } from "../src/index";
import { bindTo, buildPicklist, buildRichTestIr, buildTestField, buildTestIr } from "./build-test-ir";
import { isValidSalesforceName } from "../src/salesforce-names";
import { parseXml, readList, readText } from "./project-helpers";
import { describeProjectInvariants } from "./project-invariants";

const RULES = "force-app/main/default/objects/Lead/validationRules/";

function generate(ir: PolicyIR, catalog: Catalog | null = null) {
  return generateSalesforceProject(ir, { catalog });
}

function readFile(ir: PolicyIR, path: string, catalog: Catalog | null = null): string {
  const file = generate(ir, catalog).files.find((candidate) => candidate.path === path);
  if (file === undefined) {
    throw new Error(`${path} was not generated`);
  }
  return file.contents;
}

function readFormula(ir: PolicyIR, ruleName: string): string {
  const xml = parseXml(readFile(ir, `${RULES}${ruleName}.validationRule-meta.xml`));
  return readText(xml["ValidationRule"], "errorConditionFormula") ?? "";
}

function buildPicklistProperty(name: string, values: string[]): CatalogProperty {
  return {
    name,
    label: name,
    platformType: "picklist",
    valueKind: "picklist",
    picklistValues: values,
    readOnly: false,
    calculated: false,
    createOnly: false,
    required: false,
  };
}

function buildLeadCatalog(properties: CatalogProperty[]): Catalog {
  return {
    objects: [
      {
        platform: "salesforce",
        object: "Lead",
        file: "salesforce.Lead.json",
        properties: Object.fromEntries(properties.map((property) => [property.name, property])),
      },
    ],
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
    Object.freeze(value);
  }
  return value;
}

describeProjectInvariants("project of the factory policy", () => {
  const ir = buildRichTestIr();
  return { ir, result: generate(ir) };
});

describe("generateSalesforceProject", () => {
  it("gives identical bytes when built twice", () => {
    expect(generate(buildRichTestIr())).toEqual(generate(buildRichTestIr()));
  });

  it("leaves a frozen IR untouched", () => {
    const ir = deepFreeze(buildRichTestIr());
    expect(() => generate(ir)).not.toThrow();
  });

  it("writes the API version option everywhere", () => {
    const result = generateSalesforceProject(buildRichTestIr(), { catalog: null, apiVersion: "64.0" });
    const project = JSON.parse(result.files.find((file) => file.path === "sfdx-project.json")!.contents) as {
      sourceApiVersion: string;
    };
    const manifest = parseXml(result.files.find((file) => file.path === "manifest/package.xml")!.contents);
    expect(project.sourceApiVersion).toBe("64.0");
    expect(readText(manifest["Package"], "version")).toBe("64.0");
  });

  it("rejects an API version that is no version", () => {
    const result = generateSalesforceProject(buildRichTestIr(), { catalog: null, apiVersion: "latest" });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([SALESFORCE_CODES.invalidApiVersion]);
  });

  it("generates nothing for a policy without Salesforce", () => {
    const ir = buildRichTestIr();
    const withoutSalesforce = { ...ir, systems: { ...ir.systems, crm: { ...ir.systems["crm"]!, kind: "custom" as const } } };
    expect(generate(withoutSalesforce).files).toEqual([]);
  });
});

describe("validation rules", () => {
  it("blocks every other integration when Salesforce owns the field", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Stage_Owner");
    expect(formula).toContain("$Permission.FP_Test_Enrichment_Integration");
    expect(formula).toContain("$Permission.FP_Test_Map_Integration");
  });

  it("lets a system with limited values past the ownership rule", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Lead_Status_Owner");
    expect(formula).not.toContain("$Permission.FP_Test_Map_Integration");
  });

  it("limits the system to the native values of its canonical values", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Lead_Status_Limit_Map");
    expect(formula).toBe(
      'AND(\n    ISCHANGED(Status),\n    $Permission.FP_Test_Map_Integration,\n    NOT(ISPICKVAL(Status, "Contacted"))\n)',
    );
  });

  it("escapes quotes and backslashes in formula strings", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Lead_Status_Protect");
    expect(formula).toContain('ISPICKVAL(PRIORVALUE(Status), "Closed \\"Bad\\" \\\\ Lost")');
  });

  it("escapes markup in error messages", () => {
    const contents = readFile(buildRichTestIr(), `${RULES}FP_Test_Lead_Status_Protect.validationRule-meta.xml`);
    expect(contents).toContain("Lead &lt;Status&gt; &amp; \"State\"");
  });

  it("allows the named demotions only for the system of record", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Stage_Order");
    expect(formula).toContain(
      [
        "    NOT(",
        "        AND(",
        "            NOT(",
        "                OR(",
        "                    $Permission.FP_Test_Enrichment_Integration,",
        "                    $Permission.FP_Test_Map_Integration",
        "                )",
        "            ),",
        "            AND(",
        '                ISPICKVAL(PRIORVALUE(Lifecycle_Stage__c), "SQL"),',
        '                ISPICKVAL(Lifecycle_Stage__c, "MQL")',
        "            )",
        "        )",
        "    )",
      ].join("\n"),
    );
  });

  it("orders values by CASE ordinals against PRIORVALUE", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Stage_Order");
    expect(formula).toContain(
      'CASE(TEXT(Lifecycle_Stage__c), "Lead", 1, "MQL", 2, "SQL", 3, 0) < CASE(TEXT(PRIORVALUE(Lifecycle_Stage__c)), "Lead", 1, "MQL", 2, "SQL", 3, 0)',
    );
  });

  it("lets others fill a blank owned field, placeholders included", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Source_Owner");
    expect(formula).toContain('NOT(\n        OR(\n            ISBLANK(TEXT(PRIORVALUE(LeadSource))),\n            TEXT(PRIORVALUE(LeadSource)) = "Unknown"\n        )\n    )');
  });

  it("lets the systems that may correct a locked value through", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Source_Lock");
    expect(formula).toContain(
      "    OR(\n        $Permission.FP_Test_Enrichment_Integration,\n        $Permission.FP_Test_Map_Integration\n    )\n)",
    );
  });

  it("blocks Salesforce users from a field read-only for Salesforce", () => {
    const formula = readFormula(buildRichTestIr(), "FP_Test_Score_Read_Only");
    expect(formula).toBe(
      "AND(\n    ISCHANGED(Score__c),\n    NOT(\n        OR(\n            $Permission.FP_Test_Enrichment_Integration,\n            $Permission.FP_Test_Map_Integration\n        )\n    )\n)",
    );
  });

  it("leaves an owner without integration user to the resolver", () => {
    const ir = buildTestIr({
      title: buildTestField({ systemOfRecord: "map", rule: { ownerWins: { fillBlanks: false } } }),
    });
    ir.systems["map"] = { ...ir.systems["map"]!, integrationUser: null };
    expect(generate(ir).files.some((file) => file.path.includes("validationRules/"))).toBe(false);
  });

  it("shortens long names to 40 characters, keeping them unique", () => {
    const long = "aVeryLongFieldKeyThatGoesOnAndOnForeverAndEver";
    const ir = buildTestIr({
      [`${long}One`]: buildTestField({ bindings: bindTo("Title", "jobtitle") }),
      [`${long}Two`]: buildTestField({ bindings: bindTo("Company", "company") }),
    });
    const names = generate(ir)
      .files.map((file) => /validationRules\/([^/]+)\.validationRule/.exec(file.path)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(40);
    }
  });
});

describe("permission sets", () => {
  function readEditableFields(ir: PolicyIR, system: string): string[] {
    const name = `FP_Test_${system}_Integration_User`;
    const xml = parseXml(readFile(ir, `force-app/main/default/permissionsets/${name}.permissionset-meta.xml`));
    return readList(xml["PermissionSet"], "fieldPermissions").map((row) => readText(row, "field") ?? "");
  }

  it("grants the MAP exactly the fields it may write", () => {
    expect(readEditableFields(buildRichTestIr(), "Map")).toEqual(["Lead.LeadSource", "Lead.Score__c", "Lead.Title"]);
  });

  it("grants the enrichment vendor its fields but not the required Company", () => {
    expect(readEditableFields(buildRichTestIr(), "Enrichment")).toEqual(["Lead.Title"]);
  });

  it("grants the custom permission the rules check", () => {
    const xml = parseXml(readFile(buildRichTestIr(), "force-app/main/default/permissionsets/FP_Test_Map_Integration_User.permissionset-meta.xml"));
    const granted = readList(xml["PermissionSet"], "customPermissions").map((row) => readText(row, "name"));
    expect(granted).toEqual(["FP_Test_Map_Integration"]);
  });

  it("leaves out a field the catalog marks required", () => {
    const catalog = buildLeadCatalog([{ ...buildPicklistProperty("Title", []), valueKind: "text", picklistValues: null, required: true }]);
    const xml = parseXml(readFile(buildRichTestIr(), "force-app/main/default/permissionsets/FP_Test_Map_Integration_User.permissionset-meta.xml", catalog));
    const fields = readList(xml["PermissionSet"], "fieldPermissions").map((row) => readText(row, "field"));
    expect(fields).not.toContain("Lead.Title");
  });
});

describe("history tracking", () => {
  function buildTrackedFields(count: number): Record<string, Field> {
    const fields: Record<string, Field> = {};
    for (let index = 0; index < count; index += 1) {
      fields[`field${index}`] = buildTestField({
        bindings: bindTo(`Field_${index}__c`, `field_${index}`, true),
        audit: { retentionDays: 90, trackHistory: true },
      });
    }
    return fields;
  }

  it("tracks 20 fields of one object", () => {
    const result = generate(buildTestIr(buildTrackedFields(20)));
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain(SALESFORCE_CODES.historyLimitExceeded);
  });

  it("rejects a 21st tracked field of one object", () => {
    const result = generate(buildTestIr(buildTrackedFields(21)));
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    expect(errors.map((diagnostic) => diagnostic.code)).toEqual([SALESFORCE_CODES.historyLimitExceeded]);
  });

  it("switches history on for the object", () => {
    const contents = readFile(buildRichTestIr(), "force-app/main/default/objects/Lead/Lead.object-meta.xml");
    expect(readText(parseXml(contents)["CustomObject"], "enableHistory")).toBe("true");
  });

  it("sets trackHistory alone on a standard field", () => {
    const xml = parseXml(readFile(buildRichTestIr(), "force-app/main/default/objects/Lead/fields/Status.field-meta.xml"));
    const field = xml["CustomField"] as Record<string, unknown>;
    const elements = Object.keys(field).filter((key) => !key.startsWith("@_") && key !== "#comment");
    expect(elements.sort()).toEqual(["fullName", "trackHistory"]);
  });

  it("warns instead of redefining an existing custom field", () => {
    const ir = buildTestIr({
      custom: buildTestField({ bindings: bindTo("Existing__c", "existing"), audit: { retentionDays: 90, trackHistory: true } }),
    });
    expect(generate(ir).diagnostics.map((diagnostic) => diagnostic.code)).toContain(SALESFORCE_CODES.historyNotSettable);
  });
});

describe("standard picklist values", () => {
  const path = "force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml";
  const catalog = buildLeadCatalog([
    buildPicklistProperty("Status", ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"]),
  ]);

  function readValues(contents: string): { name: string; converted: string | undefined; isDefault: string | undefined }[] {
    return readList(parseXml(contents)["StandardValueSet"], "standardValue").map((value) => ({
      name: readText(value, "fullName") ?? "",
      converted: readText(value, "converted"),
      isDefault: readText(value, "default"),
    }));
  }

  it("refuses to deploy a value set without a catalog", () => {
    const result = generate(buildRichTestIr());
    expect(result.files.map((file) => file.path)).not.toContain(path);
  });

  it("names the values to add and the catalog option", () => {
    const warning = generate(buildRichTestIr()).diagnostics.find(
      (diagnostic) => diagnostic.code === SALESFORCE_CODES.picklistValuesNotDeployed && diagnostic.message.includes("LeadStatus"),
    );
    expect(warning?.message).toContain('"Contacted"');
    expect(warning?.hint).toContain("--catalog");
  });

  it("keeps the org's values and adds the policy's", () => {
    const values = readValues(readFile(buildRichTestIr(), path, catalog)).map((value) => value.name);
    expect(values).toEqual(["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted", "Contacted"]);
  });

  it("keeps the converted flag of the converted status", () => {
    const values = readValues(readFile(buildRichTestIr(), path, catalog));
    expect(values.filter((value) => value.converted === "true").map((value) => value.name)).toEqual(["Closed - Converted"]);
  });

  it("keeps the shipped default status", () => {
    const values = readValues(readFile(buildRichTestIr(), path, catalog));
    expect(values.filter((value) => value.isDefault === "true").map((value) => value.name)).toEqual(["Open - Not Contacted"]);
  });

  it("refuses statuses whose converted flag is unknown", () => {
    const custom = buildLeadCatalog([buildPicklistProperty("Status", ["Open", "Qualified"])]);
    expect(generate(buildRichTestIr(), custom).files.map((file) => file.path)).not.toContain(path);
  });
});

describe("custom fields", () => {
  it("lists the value map's native values in a created picklist", () => {
    const xml = parseXml(readFile(buildRichTestIr(), "force-app/main/default/objects/Lead/fields/Lifecycle_Stage__c.field-meta.xml"));
    const definition = (xml["CustomField"] as Record<string, Record<string, unknown>>)["valueSet"]!["valueSetDefinition"];
    expect(readList(definition, "value").map((value) => readText(value, "fullName"))).toEqual(["Lead", "MQL", "SQL"]);
  });

  it("gives a created number the field's scale", () => {
    const xml = parseXml(readFile(buildRichTestIr(), "force-app/main/default/objects/Lead/fields/Score__c.field-meta.xml"));
    expect(readText(xml["CustomField"], "scale")).toBe("0");
  });

  it("rejects a created field without the __c suffix", () => {
    const ir = buildTestIr({
      broken: buildTestField({ bindings: bindTo("Broken Field", "broken", true), type: buildPicklist(["a"], { A: "a" }) }),
    });
    expect(generate(ir).diagnostics.map((diagnostic) => diagnostic.code)).toContain(SALESFORCE_CODES.invalidCustomFieldName);
  });
});

describe("edge cases", () => {
  it("rejects a formula longer than Salesforce allows", () => {
    const natives = Object.fromEntries(
      Array.from({ length: 60 }, (_, index) => [`A very long native status value number ${index} of this picklist`, `v${index}`]),
    );
    const values = Object.values(natives) as [string, ...string[]];
    const ir = buildTestIr({
      status: buildTestField({
        bindings: bindTo("Status", "hs_lead_status"),
        type: buildPicklist(values, natives),
        rule: { noRegression: { order: values, demotions: [] } },
      }),
    });
    const codes = generate(ir).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain(SALESFORCE_CODES.formulaTooLong);
  });

  it("warns about a second Salesforce system", () => {
    const ir = buildRichTestIr();
    ir.systems["sandbox"] = { kind: "salesforce", label: "Sandbox", integrationUser: null };
    const codes = generate(ir).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain(SALESFORCE_CODES.severalSalesforceSystems);
  });

  it("allows inbound-only natives of a limited value", () => {
    const ir = buildTestIr({
      status: buildTestField({
        bindings: bindTo("Status", "hs_lead_status"),
        type: {
          kind: "picklist",
          values: ["New", "Working"],
          valueMaps: { crm: { values: { Open: "New", Working: "Working" }, inboundOnly: { Busy: "Working" }, addToPicklist: [] } },
        },
        rule: { limitedValues: { map: ["Working"] } },
      }),
    });
    expect(readFormula(ir, "FP_Test_Status_Limit_Map")).toContain('OR(ISPICKVAL(Status, "Working"), ISPICKVAL(Status, "Busy"))');
  });

  it("names components validly for a hyphenated policy name", () => {
    const ir = { ...buildRichTestIr(), name: "emea-leads-2026" };
    const names = generate(ir)
      .files.map((file) => /\/([^/]+)\.(?:validationRule|permissionset|customPermission)-meta\.xml$/.exec(file.path)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(isValidSalesforceName(name), name).toBe(true);
    }
  });

  it("reminds the admin of lead processes", () => {
    const catalog = buildLeadCatalog([buildPicklistProperty("Status", ["Open - Not Contacted", "Closed - Converted"])]);
    const codes = generate(buildRichTestIr(), catalog).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain(SALESFORCE_CODES.leadProcessNeedsValues);
  });
});
