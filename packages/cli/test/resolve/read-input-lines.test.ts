import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readInputLines, type InputLine } from "../../src/commands/read-input-lines";

async function collect(chunks: (string | Buffer)[], maxLineBytes?: number): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  for await (const line of readInputLines(Readable.from(chunks, { objectMode: true }), maxLineBytes)) {
    lines.push(line);
  }
  return lines;
}

const texts = (lines: InputLine[]): (string | null)[] => lines.map((line) => line.text);

describe("readInputLines", () => {
  it("splits lines across chunks", async () => {
    expect(texts(await collect(["{\"a\":", "1}\n{\"b\"", ":2}\n"]))).toEqual(['{"a":1}', '{"b":2}']);
  });

  it("strips CRLF endings", async () => {
    expect(texts(await collect(["one\r\ntwo\r\n"]))).toEqual(["one", "two"]);
  });

  it("keeps a last line without newline", async () => {
    expect(texts(await collect(["one\ntwo"]))).toEqual(["one", "two"]);
  });

  it("keeps empty lines", async () => {
    expect(texts(await collect(["one\n\ntwo\n"]))).toEqual(["one", "", "two"]);
  });

  it("decodes a character split between chunks", async () => {
    const euro = Buffer.from("€\n", "utf8");
    expect(texts(await collect([euro.subarray(0, 1), euro.subarray(1)]))).toEqual(["€"]);
  });

  it("reports a long line and goes on", async () => {
    const lines = await collect(["short\n", "x".repeat(6), "x".repeat(6), "\nafter\n"], 10);

    expect(lines).toEqual([
      { text: "short", tooLongBytes: null },
      { text: null, tooLongBytes: 12 },
      { text: "after", tooLongBytes: null },
    ]);
  });

  it("reports a long line within one chunk", async () => {
    const lines = await collect(["x".repeat(11) + "\nok\n"], 10);

    expect(lines).toEqual([
      { text: null, tooLongBytes: 11 },
      { text: "ok", tooLongBytes: null },
    ]);
  });

  it("reports a long last line", async () => {
    expect(await collect(["x".repeat(8), "x".repeat(8)], 10)).toEqual([{ text: null, tooLongBytes: 16 }]);
  });

  it("reads a line of exactly the limit", async () => {
    expect(texts(await collect(["x".repeat(5), "x".repeat(5) + "\n"], 10))).toEqual(["x".repeat(10)]);
  });
});
