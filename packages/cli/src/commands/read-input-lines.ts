// Splits a stream of JSON lines into lines without holding more than one line at a time. A line
// longer than the limit is skipped up to its end and reported by its length, so one oversized
// line gets an error decision and the lines after it still resolve. Node's readline has no
// such limit: it gathers a line of any length, and one over about 512 MiB, V8's maximum string
// length, ends the whole stream with a RangeError.

import type { Readable } from "node:stream";

/**
 * Maximum length of a line, in bytes. A conflict is a few kilobytes, and even a Salesforce long
 * text area, at most 131,072 characters, fits many times over.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** One line of the input: its text, or the length of a line that was too long to read. */
export type InputLine = { text: string; tooLongBytes: null } | { text: null; tooLongBytes: number };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Yields each line of `input`, without its line ending (`\n` or `\r\n`), decoded as UTF-8. A last
 * line without a line ending is yielded too. Splitting on the newline byte is safe in UTF-8,
 * because no multi-byte character contains it.
 */
export async function* readInputLines(input: Readable, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // The length so far of a line that went over the limit, or -1 while lines fit.
  let skippedBytes = -1;

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;

    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      const piece = bytes.subarray(start, end);
      start = end + 1;
      if (skippedBytes >= 0) {
        yield { text: null, tooLongBytes: skippedBytes + piece.length };
        skippedBytes = -1;
        continue;
      }
      const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      pendingBytes = 0;
      yield line.length > maxLineBytes ? { text: null, tooLongBytes: line.length } : { text: decodeLine(line), tooLongBytes: null };
    }

    // The rest of the chunk starts a line that a later chunk ends. A copy is kept, because the
    // stream may reuse the chunk's memory.
    const rest = bytes.subarray(start);
    if (skippedBytes >= 0) {
      skippedBytes += rest.length;
    } else if (pendingBytes + rest.length > maxLineBytes) {
      skippedBytes = pendingBytes + rest.length;
      pending = [];
      pendingBytes = 0;
    } else if (rest.length > 0) {
      pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
  }

  if (skippedBytes >= 0) {
    yield { text: null, tooLongBytes: skippedBytes };
  } else if (pendingBytes > 0) {
    yield { text: decodeLine(Buffer.concat(pending)), tooLongBytes: null };
  }
}

function decodeLine(line: Buffer): string {
  const end = line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.length - 1 : line.length;
  return line.toString("utf8", 0, end);
}
