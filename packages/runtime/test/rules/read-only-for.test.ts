import { describe, expect, it } from "vitest";
import { applyReadOnlyFor } from "../../src/rules/read-only-for";
import { buildChange, buildConflict, buildField, buildIr, buildState } from "../factories";
import { listVerdicts } from "./helpers";

describe("applyReadOnlyFor", () => {
  const ir = buildIr({ testField: buildField({ rule: { readOnlyFor: ["map"] } }) });

  it("rejects a change from a read-only system", () => {
    const { field, state } = buildState(ir, buildConflict({ changes: [buildChange({ system: "map" })] }));
    expect(listVerdicts(applyReadOnlyFor(["map"], field, state))).toEqual(["rejected/readOnlySystem"]);
  });

  it("leaves other systems' changes open", () => {
    const { field, state } = buildState(ir, buildConflict({ changes: [buildChange({ system: "crm" })] }));
    expect(listVerdicts(applyReadOnlyFor(["map"], field, state))).toEqual(["open"]);
  });
});
