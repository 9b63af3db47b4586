import iconv from "iconv-lite";
import { BreakdownError } from "../../errors.js";

export interface Decoded {
  text: string;
  /** Canonical name of the encoding: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030. */
  encoding: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Share of characters that are CJK ideographs, ASCII printable or common CJK punctuation. */
function plausibility(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  let total = 0;
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number;
    total++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if (c >= 0x4e00 && c <= 0x9fff) good++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) good++;
  }
  return good / total;
}

/** UTF-16 without a BOM: one byte of most pairs is zero (ASCII) or the text decodes to CJK. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buf, encoding, { stripBOM: true });
}

/**
 * Decode extracted text: BOMs first (UTF-8, UTF-16LE/BE), then strict UTF-8, then UTF-16
 * without BOM, then GB18030 (a superset of GBK and GB2312). A forced encoding skips the guessing.
 */
export function decodeText(bytes: Uint8Array, file: string, forced?: string): Decoded {
  if (forced !== undefined) {
    if (!iconv.encodingExists(forced)) {
      throw new BreakdownError("USAGE", `Unknown encoding for --encoding, got ${forced}.`, { file });
    }
    return { text: decodeAs(bytes, forced), encoding: forced.toLowerCase() };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeAs(bytes.subarray(3), "utf-8"), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = decodeAs(bytes, utf16);
    if (plausibility(text) > 0.9) return { text, encoding: utf16 };
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: try the Chinese national encoding
  }
  const gb = decodeAs(bytes, "gb18030");
  if (plausibility(gb) > 0.9 && !gb.includes("\ufffd")) return { text: gb, encoding: "gb18030" };
  throw new BreakdownError(
    "ENCODING_UNKNOWN",
    "The text is not valid UTF-8, UTF-16 or GB18030/GBK; got bytes that decode to unreadable characters in each.",
    { file },
  );
}
