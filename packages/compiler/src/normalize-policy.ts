// Turns an evaluated policy into its IR: every default the authoring types document is filled in,
// keys are sorted and nothing is undefined. Values the author wrote are never changed, even when
// they are invalid, so that schema validation reports them at the place they were written.

import { sortKeys, type PolicySource } from "@fieldpolicy/core";
import { fillDefaults, isJsonObject, mapValues } from "./normalize/json-object";
import { normalizeField } from "./normalize/normalize-field";

/** The current version of the IR format. */
export const IR_VERSION = 1;

const DEFAULT_WORKING_DAYS = ["mon", "tue", "wed", "thu", "fri"];

/**
 * Normalizes an evaluated policy. The result is a candidate IR: it has the shape of `PolicyIR`
 * only when the input was valid, which schema validation decides.
 */
export function normalizePolicy(spec: unknown, source: PolicySource): unknown {
  if (!isJsonObject(spec)) {
    return spec;
  }

  const policy = fillDefaults(spec, {
    description: "",
    queues: {},
    blanks: [],
    merges: { governed: false },
  });
  policy["irVersion"] = IR_VERSION;
  policy["source"] = { file: source.file, sha256: source.sha256 };

  policy["systems"] = mapValues(policy["systems"], (system) =>
    isJsonObject(system) ? fillDefaults(system, { integrationUser: null }) : system,
  );
  policy["queues"] = mapValues(policy["queues"], normalizeQueue);

  const systemNames = isJsonObject(policy["systems"]) ? Object.keys(policy["systems"]) : [];
  policy["fields"] = mapValues(policy["fields"], (field) => normalizeField(field, systemNames));

  return sortKeys(policy);
}

function normalizeQueue(queue: unknown, key: string): unknown {
  if (!isJsonObject(queue)) {
    return queue;
  }
  const filled = fillDefaults(queue, { label: key });
  filled["calendar"] = isJsonObject(filled["calendar"])
    ? fillDefaults(filled["calendar"], { workingDays: DEFAULT_WORKING_DAYS, holidays: [] })
    : filled["calendar"];
  return filled;
}
