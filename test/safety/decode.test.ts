import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { BreakdownError } from "../../src/errors.js";
import { decodeText } from "../../src/read/text/decode.js";
import { SEED } from "../helpers.js";

const seed = readFileSync(SEED, "utf8");
const bytes = (b: Buffer | Uint8Array): Uint8Array => new Uint8Array(b);
const gb = (text: string): Uint8Array => bytes(iconv.encode(text, "gb18030"));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof BreakdownError ? error.code : `not a BreakdownError: ${String(error)}`;
  }
  return undefined;
}

describe("decoding extracted text", () => {
  it("reads GB18030 (GBK) text as the same characters", () => {
    const d = decodeText(gb(seed), "seed.txt");
    expect(d).toMatchObject({ encoding: "gb18030", unreadable: [] });
    expect(d.text).toBe(seed);
  });

  it("reads UTF-16LE without a BOM even when it is almost all hanzi", () => {
    const text = "\u4e00\u3001\u5168\u9762\u63a8\u6df1\u505a\u5b9e\u6797\u957f\u5236\uff0c\u533a\u6797\u4e1a\u5c40\u7275\u5934\u8d1f\u8d23\u3002".repeat(4);
    const d = decodeText(bytes(iconv.encode(text, "utf-16le")), "t.txt");
    expect(d.encoding).toBe("utf-16le");
    expect(d.text).toBe(text);
  });

  it("keeps a UTF-8 text cut in the middle of its last character, and records the cut bytes", () => {
    const full = Buffer.from(seed.trimEnd(), "utf8"); // ends in 发 (E5 8F 91)
    expect(full.subarray(-3).toString("hex")).toBe("e58f91");
    const cut = full.subarray(0, full.length - 1);
    const d = decodeText(bytes(cut), "seed.txt");
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(seed.trimEnd().slice(0, -1));
    expect(d.unreadable).toEqual([{ offset: d.text.length, length: 0, bytes: "E5 8F", byteOffset: full.length - 3 }]);
  });

  it("refuses a UTF-8 text with a GBK phrase pasted into it, naming the first bad byte", () => {
    const pasted = Buffer.concat([Buffer.from(seed.slice(0, 200), "utf8"), iconv.encode("\u6797\u957f", "gbk"), Buffer.from(seed.slice(200), "utf8")]);
    const at = Buffer.byteLength(seed.slice(0, 200), "utf8");
    expect(() => decodeText(bytes(pasted), "seed.txt")).toThrow(`the first at byte ${at} (C1)`);
    expect(codeOf(() => decodeText(bytes(pasted), "seed.txt"))).toBe("ENCODING_UNKNOWN");
  });

  it("keeps a UTF-8 text with a BOM and bad bytes inside, each undecodable sequence recorded with its bytes", () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("\u6797\u957f", "utf8"), Buffer.from([0xff, 0xe6, 0x97]), Buffer.from("\u5236", "utf8")]);
    const d = decodeText(bytes(data), "t.txt");
    expect(d.text).toBe("\u6797\u957f\ufffd\ufffd\u5236");
    expect(d.unreadable).toEqual([
      { offset: 2, length: 1, bytes: "FF", byteOffset: 9 },
      { offset: 3, length: 1, bytes: "E6 97", byteOffset: 10 },
    ]);
  });

  it("keeps a GB18030 text cut in the middle of its last character, and records the cut byte", () => {
    const full = gb(seed.trimEnd());
    const d = decodeText(full.subarray(0, full.length - 1), "seed.txt");
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toBe(seed.trimEnd().slice(0, -1));
    expect(d.unreadable).toEqual([{ offset: d.text.length, length: 0, bytes: (full[full.length - 2] as number).toString(16).toUpperCase(), byteOffset: full.length - 2 }]);
  });

  it("records the half character at the end of a UTF-16 text with a BOM and an odd byte count", () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("\u6797\u957f\u5236", "utf-16le"), Buffer.from([0x4e])]);
    const d = decodeText(bytes(data), "t.txt");
    expect(d.text).toBe("\u6797\u957f\u5236");
    expect(d.unreadable).toEqual([{ offset: 3, length: 0, bytes: "4E", byteOffset: 8 }]);
  });

  it("refuses Big5 text with ENCODING_UNKNOWN instead of reading it as GBK mojibake", () => {
    expect(codeOf(() => decodeText(bytes(iconv.encode(seed, "big5")), "big5.txt"))).toBe("ENCODING_UNKNOWN");
  });

  it("refuses bytes that are no text at all", () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(codeOf(() => decodeText(noise, "noise.txt"))).toBe("ENCODING_UNKNOWN");
  });

  it("decodes with a forced encoding, and refuses an encoding it does not know", () => {
    expect(decodeText(bytes(iconv.encode(seed, "big5")), "big5.txt", "big5").text.slice(0, 40)).toBe(iconv.decode(iconv.encode(seed, "big5"), "big5").slice(0, 40));
    expect(codeOf(() => decodeText(gb(seed), "seed.txt", "klingon"))).toBe("USAGE");
  });
});
