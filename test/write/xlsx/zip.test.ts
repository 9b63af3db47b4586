import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dosDateTime, ZipWriter } from "../../../src/write/xlsx/zip.js";
import { readZipEntries } from "../../support/read-zip.js";

interface Read {
  name: string;
  method: number;
  crc: number;
  time: number;
  date: number;
  text: string;
}

/** Every entry of a zip as yauzl (strict about sizes and offsets) reads it. */
async function readZip(bytes: Uint8Array): Promise<Read[]> {
  return (await readZipEntries(bytes)).map(({ entry, data }) => ({
    name: entry.fileName,
    method: entry.compressionMethod,
    crc: entry.crc32,
    time: entry.lastModFileTime,
    date: entry.lastModFileDate,
    text: data.toString("utf8"),
  }));
}

const DATE = new Date("2023-09-28T00:00:00Z");

describe("ZipWriter", () => {
  it("writes entries in the order they were opened, whatever the order they are written in", async () => {
    const zip = new ZipWriter(DATE, 1);
    const first = zip.open("first.xml");
    zip.add("second.xml", "<b/>");
    first.write("<a>");
    first.write("</a>");
    first.close();
    const entries = await readZip(zip.finish());
    expect(entries.map((e) => [e.name, e.text])).toEqual([
      ["first.xml", "<a></a>"],
      ["second.xml", "<b/>"],
    ]);
  });

  it("deflates a text written in thousands of pieces, and one larger than a chunk, into one stream with its CRC-32", async () => {
    const zip = new ZipWriter(DATE, 1);
    const pieces = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c>任务${i}\u3001县林业局</c></row>`);
    const rows = zip.open("rows.xml");
    for (const piece of pieces) rows.write(piece);
    rows.close();
    const big = "长".repeat(400_000) + "\u{20000}end";
    zip.add("big.xml", big);
    zip.add("empty.xml", "");
    const bytes = zip.finish();
    const entries = await readZip(bytes);
    const whole = pieces.join("");
    expect(Buffer.byteLength(whole)).toBeGreaterThan(4 * 256 * 1024);
    expect(entries.map((e) => e.name)).toEqual(["rows.xml", "big.xml", "empty.xml"]);
    expect(entries[0]?.text).toBe(whole);
    expect(entries[1]?.text).toBe(big);
    expect(entries[2]?.text).toBe("");
    for (const e of entries) {
      expect(e.method, e.name).toBe(8);
      expect(e.crc, e.name).toBe(crc32(Buffer.from(e.text, "utf8")));
    }
    // The stream is one deflate stream a plain inflate reads to its end (the last block is final).
    const localNameLength = bytes[26] as number;
    const compressedSize = Buffer.from(bytes).readUInt32LE(18);
    const data = Buffer.from(bytes).subarray(30 + localNameLength, 30 + localNameLength + compressedSize);
    expect(inflateRawSync(data).toString("utf8")).toBe(whole);
  });

  it("stamps every entry with the given date, so the same entries give the same bytes", async () => {
    const make = (): Uint8Array => {
      const zip = new ZipWriter(DATE, 1);
      zip.add("a.xml", "<a/>");
      zip.add("b.xml", "<b>\u4efb\u52a1</b>");
      return zip.finish();
    };
    const a = make();
    expect(Buffer.from(a).equals(Buffer.from(make()))).toBe(true);
    const { time, day } = dosDateTime(DATE);
    for (const e of await readZip(a)) expect([e.time, e.date]).toEqual([time, day]);
    expect(dosDateTime(new Date("2024-12-31T23:59:58Z"))).toEqual({ time: (23 << 11) | (59 << 5) | 29, day: ((2024 - 1980) << 9) | (12 << 5) | 31 });
  });

  it("refuses an entry opened twice, written after it is closed, or never closed", () => {
    const zip = new ZipWriter(DATE, 1);
    const entry = zip.open("a.xml");
    expect(() => zip.open("a.xml")).toThrow(/opened twice/);
    entry.close();
    expect(() => entry.write("x")).toThrow(/closed/);
    zip.open("b.xml");
    expect(() => zip.finish()).toThrow(/never closed/);
  });
});
