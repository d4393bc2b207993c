import { describe, expect, it } from "vitest";
import { mapToCanonical } from "../../src/normalize/value-map";

const valueMap = { values: { NEW: "New" }, inboundOnly: { OPEN: "New" }, addToPicklist: [] };

describe("mapToCanonical", () => {
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "maps the built-in name %s to nothing",
    (native) => {
      expect(mapToCanonical(native, ["New"], valueMap)).toBeUndefined();
    },
  );

  it("maps an inbound-only value", () => {
    expect(mapToCanonical("OPEN", ["New"], valueMap)).toBe("New");
  });
});
