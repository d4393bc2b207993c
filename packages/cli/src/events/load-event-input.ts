// The event mode of `fieldpolicy resolve`: HubSpot webhook deliveries and Salesforce change
// events, read from files, become conflicts against a base snapshot. The resolve command then
// decides them as if they had come from --input, and the skipped events go to standard error.

import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import type { PolicyIR } from "@fieldpolicy/core";
import {
  buildEventConflicts,
  checkBaseSnapshot,
  readHubspotEvents,
  readSalesforceEvents,
  type EventNote,
  type EventSource,
  type PlatformChange,
  type ReadEventsResult,
  type SkippedEvent,
} from "@fieldpolicy/runtime";
import { stripByteOrderMark } from "../commands/runtime-options";
import { EXIT_INPUT_ERRORS, EXIT_USAGE } from "../exit-codes";

/** The resolve options the event mode reads. */
export interface EventInputOptions {
  input?: string;
  hubspotEvents?: string;
  salesforceEvents?: string;
  base?: string;
}

/** The conflicts as JSON lines and the report for standard error, or what is wrong with the options or files. */
export type EventInput =
  | {
      ok: true;
      input: Readable;
      report: string[];
      /** Count of malformed events and event fields, which are input errors like invalid conflict lines. */
      malformedEvents: number;
    }
  | { ok: false; message: string; exitCode: number };

/** True when the options ask for the event mode. */
export function hasEventOptions(options: EventInputOptions): boolean {
  return options.hubspotEvents !== undefined || options.salesforceEvents !== undefined || options.base !== undefined;
}

/**
 * Reads the event files and the base snapshot, and builds the conflicts. Events that cannot be
 * used (malformed, unknown property, no base record) are listed in the report and left out, so
 * the other events still resolve. Malformed events are counted, because they are input errors.
 * A missing or invalid base snapshot fails the run, because no event can be placed without it.
 */
export function loadEventInput(ir: PolicyIR, options: EventInputOptions): EventInput {
  const problem = checkEventOptions(options);
  if (problem !== null) {
    return { ok: false, message: problem, exitCode: EXIT_USAGE };
  }

  const base = readJsonFile(options.base as string, "--base");
  if (!base.ok) {
    return base;
  }
  const snapshot = checkBaseSnapshot(ir, base.value);
  if (!snapshot.ok) {
    return {
      ok: false,
      message: `--base ${options.base} is not a valid base snapshot:\n${snapshot.problems.map((line) => `  ${line}`).join("\n")}`,
      exitCode: EXIT_INPUT_ERRORS,
    };
  }

  const changes: PlatformChange[] = [];
  const skipped: SkippedEvent[] = [];
  const notes: EventNote[] = [];
  const sources: [EventSource, string | undefined, string, (payload: unknown) => ReadEventsResult][] = [
    ["hubspot", options.hubspotEvents, "--hubspot-events", readHubspotEvents],
    ["salesforce", options.salesforceEvents, "--salesforce-events", readSalesforceEvents],
  ];
  for (const [source, file, option, read] of sources) {
    if (file === undefined) {
      continue;
    }
    const payload = readEventFile(source, file, option);
    if (!payload.ok) {
      return payload;
    }
    const result = read(payload.values);
    changes.push(...result.changes);
    skipped.push(...payload.skipped, ...result.skipped);
    notes.push(...result.notes);
  }

  const built = buildEventConflicts({ ir, base: snapshot.snapshot, changes });
  skipped.push(...built.skipped);

  const lines = built.conflicts.map((conflict) => `${JSON.stringify(conflict)}\n`);
  const malformedEvents = skipped.filter((entry) => entry.reason === "malformedEvent").length;
  return {
    ok: true,
    input: Readable.from(lines),
    report: renderEventReport({
      changes: changes.length,
      conflicts: built.conflicts.length,
      skipped,
      malformed: malformedEvents,
      notes,
    }),
    malformedEvents,
  };
}

function checkEventOptions(options: EventInputOptions): string | null {
  if (options.hubspotEvents === undefined && options.salesforceEvents === undefined) {
    return "--base needs event files: add --hubspot-events FILE or --salesforce-events FILE.";
  }
  if (options.base === undefined) {
    return "--base FILE is required with --hubspot-events and --salesforce-events, because it ties each system's record id to one record and holds the last agreed values.";
  }
  if (options.input !== undefined) {
    return "--input cannot be combined with event files; resolve conflicts from --input or from events, one at a time.";
  }
  return null;
}

/**
 * Reads an event file: one JSON document (an event, a delivery or a list of them) or JSON lines.
 * A JSON-lines line that is not JSON is reported as a skipped event and the other lines are read.
 */
function readEventFile(
  source: EventSource,
  file: string,
  option: string,
): { ok: true; values: unknown[]; skipped: SkippedEvent[] } | { ok: false; message: string; exitCode: number } {
  const text = readText(file, option);
  if (!text.ok) {
    return text;
  }

  try {
    const document: unknown = JSON.parse(text.value);
    return { ok: true, values: Array.isArray(document) ? document : [document], skipped: [] };
  } catch {
    // Not one JSON document, so read it as JSON lines.
  }

  const values: unknown[] = [];
  const skipped: SkippedEvent[] = [];
  text.value.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") {
      return;
    }
    try {
      const value: unknown = JSON.parse(line);
      values.push(...(Array.isArray(value) && source === "salesforce" ? value : [value]));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      skipped.push({
        source,
        eventId: null,
        recordId: null,
        property: null,
        reason: "malformedEvent",
        message: `Line ${index + 1} of ${option} ${file} is not valid JSON: ${detail}`,
      });
    }
  });
  return { ok: true, values, skipped };
}

function readJsonFile(
  file: string,
  option: string,
): { ok: true; value: unknown } | { ok: false; message: string; exitCode: number } {
  const text = readText(file, option);
  if (!text.ok) {
    return text;
  }
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${option} ${file} is not valid JSON: ${detail}`, exitCode: EXIT_INPUT_ERRORS };
  }
}

function readText(
  file: string,
  option: string,
): { ok: true; value: string } | { ok: false; message: string; exitCode: number } {
  try {
    return { ok: true, value: stripByteOrderMark(readFileSync(file, "utf8")) };
  } catch (error) {
    return { ok: false, message: `${option} ${file} ${describeReadError(error)}.`, exitCode: EXIT_USAGE };
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    return "does not exist";
  }
  if (code === "EISDIR") {
    return "is a folder, not a file";
  }
  return "cannot be read";
}

/**
 * Renders one line per skipped event and note, then a count of what became of the changes. When
 * events were malformed, the last lines state that the run exits with code 1, and whether
 * anything was left to resolve.
 */
function renderEventReport(input: {
  changes: number;
  conflicts: number;
  skipped: readonly SkippedEvent[];
  malformed: number;
  notes: readonly EventNote[];
}): string[] {
  const { changes, conflicts, skipped, malformed } = input;
  const lines = [
    ...input.notes.map((note) => `note: ${note.message}`),
    ...skipped.map((entry) => `skipped (${entry.reason}): ${entry.message}`),
  ];
  lines.push(
    `Read ${changes} ${changes === 1 ? "change" : "changes"} from events into ${conflicts} ${conflicts === 1 ? "conflict" : "conflicts"}; ${skipped.length} skipped.`,
  );

  if (malformed === 0) {
    return lines;
  }
  lines.push(
    `${malformed} skipped ${malformed === 1 ? "event is" : "events are"} malformed, an input error, so the run exits with code 1; fix the events where they are exported.`,
  );
  if (conflicts === 0) {
    lines.push("No conflict could be built from the events, so nothing was resolved.");
  }
  return lines;
}
