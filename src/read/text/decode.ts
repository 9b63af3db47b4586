import iconv from "iconv-lite";
import { BreakdownError, detail } from "../../errors.js";
import type { Leftover } from "../../model/message.js";
import type { Place } from "../../model/place.js";

/** Bytes the decoder could not turn into text: kept in the text as U+FFFD, or cut off the end. */
export interface UnreadableBytes {
  /** Offset in the decoded text where the bytes were (a U+FFFD there, or the end for a cut tail). */
  offset: number;
  /** Length in the decoded text: 1 for a U+FFFD, 0 for a tail that was cut. */
  length: number;
  /** The bytes in hex (`E4 B8`), or null where the decoder cannot say which bytes they were. */
  bytes: string | null;
  /** Offset of the bytes in the file, when known. */
  byteOffset: number | null;
}

export interface Decoded {
  text: string;
  /** Canonical name of the encoding: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 (or the forced name). */
  encoding: string;
  /** Byte sequences that could not be decoded (a truncated download, a pasted line in another encoding). */
  unreadable: UnreadableBytes[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

const REPLACEMENT = "\ufffd";

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
}

interface Score {
  /** Share of characters that are CJK ideographs, ASCII printable or common CJK punctuation. */
  plausible: number;
  /** CJK ideographs in the sample. */
  cjk: number;
  /** Share of those in GB2312 level 1 (the 3,755 most common hanzi). */
  common: number;
}

/**
 * How much a decoding looks like Chinese text. Mojibake (UTF-8 read as GBK, Big5 read as GBK,
 * UTF-16 read as GBK) is made of valid but rare ideographs: real documents have 97–100 % of
 * their hanzi in GB2312 level 1 (seed and fixtures/corpus), mojibake 0–30 %.
 */
function score(text: string): Score {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let good = 0;
  let total = 0;
  let cjk = 0;
  let common = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number;
    total++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      good++;
      cjk++;
      const gb = iconv.encode(ch, "gb18030");
      // GB2312 level 1: rows 16–55, lead bytes B0–D7.
      if (gb.length === 2 && (gb[0] as number) >= 0xb0 && (gb[0] as number) <= 0xd7 && (gb[1] as number) >= 0xa1) common++;
    } else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) good++;
  }
  return { plausible: total === 0 ? 0 : good / total, cjk, common: cjk === 0 ? 1 : common / cjk };
}

function acceptable(s: Score): boolean {
  return s.plausible > 0.9 && (s.cjk < 10 || s.common >= 0.7);
}

/** UTF-16 without a BOM: one byte of most pairs is zero (mostly ASCII text). */
function zeroPattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
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
  return iconv.decode(buf, encoding, { stripBOM: false });
}

/** A lone surrogate means the bytes were not UTF-16 (or were cut mid-pair). */
function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/**
 * Length of the maximal invalid subpart of UTF-8 at `i` (WHATWG: the decoder emits one U+FFFD
 * per maximal subpart, so this tells which bytes each U+FFFD replaced).
 */
function invalidUtf8Length(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 1;
  let len = 1;
  for (let k = 0; k < need; k++) {
    const b = bytes[i + len];
    if (b === undefined || b < lo || b > hi) break;
    len++;
    lo = 0x80;
    hi = 0xbf;
  }
  return len;
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** UTF-8 with the undecodable sequences kept as U+FFFD and each one recorded with its bytes. */
function decodeUtf8Lenient(bytes: Uint8Array, byteBase: number): { text: string; unreadable: UnreadableBytes[] } {
  const text = utf8Lenient.decode(bytes);
  const unreadable: UnreadableBytes[] = [];
  if (!text.includes(REPLACEMENT)) return { text, unreadable };
  let pos = 0;
  let offset = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0xfffd && !(bytes[pos] === 0xef && bytes[pos + 1] === 0xbf && bytes[pos + 2] === 0xbd)) {
      const len = invalidUtf8Length(bytes, pos);
      unreadable.push({ offset, length: 1, bytes: hex(bytes.subarray(pos, pos + len)), byteOffset: byteBase + pos });
      pos += len;
    } else pos += utf8Length(cp);
    offset += ch.length;
  }
  return { text, unreadable };
}

/** A candidate decoding; a truncated download may have cut the last character in half. */
function tryEncoding(bytes: Uint8Array, encoding: "utf-8" | "gb18030" | "utf-16le" | "utf-16be"): (Decoded & { score: Score }) | null {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    const body = bytes.subarray(0, bytes.length - cut);
    let text: string;
    if (encoding === "utf-8") {
      try {
        text = utf8.decode(body);
      } catch {
        continue;
      }
    } else text = decodeAs(body, encoding);
    if ((encoding !== "utf-8" && text.includes(REPLACEMENT)) || hasLoneSurrogate(text)) continue;
    const s = score(text);
    if (!acceptable(s)) return null;
    const tail = bytes.subarray(bytes.length - cut);
    const unreadable = cut === 0 ? [] : [{ offset: text.length, length: 0, bytes: hex(tail), byteOffset: bytes.length - cut }];
    return { text, encoding, unreadable, score: s };
  }
  return null;
}

/** With a UTF-16 BOM: an odd byte count means the last byte is half a character. */
function decodeUtf16Bom(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const body = bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2));
  const text = decodeAs(body, encoding);
  const unreadable: UnreadableBytes[] = [];
  if ((bytes.length - 2) % 2 === 1) unreadable.push({ offset: text.length, length: 0, bytes: hex(bytes.subarray(bytes.length - 1)), byteOffset: bytes.length - 1 });
  return { text, encoding, unreadable };
}

/** Replacement characters a forced decoding produced (the bytes are not known to us). */
function replacements(text: string): UnreadableBytes[] {
  const out: UnreadableBytes[] = [];
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) out.push({ offset: i, length: 1, bytes: null, byteOffset: null });
  return out;
}

/**
 * Decode extracted text. A BOM decides (UTF-8, UTF-16LE/BE); else UTF-16 whose zero bytes show
 * it, strict UTF-8, then GB18030 (a superset of GBK and GB2312) or BOM-less UTF-16 if they read
 * as Chinese; each may have its last character cut off (a truncated download: the cut bytes are
 * recorded). UTF-8 after a BOM or forced keeps undecodable sequences as U+FFFD and records them.
 * A forced encoding skips the guessing. Anything else is ENCODING_UNKNOWN, never mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string, forced?: string): Decoded {
  if (forced !== undefined) {
    if (!iconv.encodingExists(forced)) {
      throw new BreakdownError("USAGE", detail("encodingFlagUnknown", { got: forced }), { file });
    }
    if (/^utf-?8$/i.test(forced)) {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      const { text, unreadable } = decodeUtf8Lenient(bytes.subarray(bom), bom);
      return { text, encoding: forced.toLowerCase(), unreadable };
    }
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), forced, { stripBOM: true });
    return { text, encoding: forced.toLowerCase(), unreadable: replacements(text) };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const { text, unreadable } = decodeUtf8Lenient(bytes.subarray(3), 3);
    return { text, encoding: "utf-8-bom", unreadable };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16Bom(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16Bom(bytes, "utf-16be");
  const zeros = zeroPattern(bytes);
  if (zeros) {
    const candidate = tryEncoding(bytes, zeros);
    if (candidate) return { text: candidate.text, encoding: candidate.encoding, unreadable: candidate.unreadable };
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8", unreadable: [] };
  } catch {
    // not UTF-8 throughout: the Chinese national encoding, BOM-less UTF-16, or damaged UTF-8
  }
  const candidates = (["gb18030", "utf-16le", "utf-16be"] as const)
    .map((e) => tryEncoding(bytes, e))
    .filter((c): c is Decoded & { score: Score } => c !== null)
    .sort((a, b) => b.score.common - a.score.common || b.score.plausible - a.score.plausible);
  const best = candidates[0];
  if (best) return { text: best.text, encoding: best.encoding, unreadable: best.unreadable };
  // A download cut in the middle of a UTF-8 character.
  const truncated = tryEncoding(bytes, "utf-8");
  if (truncated) return { text: truncated.text, encoding: truncated.encoding, unreadable: truncated.unreadable };
  // Damage inside the text (a line pasted from another encoding) is refused rather than guessed at:
  // a stray byte can pair with the next one into a valid but wrong character.
  const lenient = decodeUtf8Lenient(bytes, 0);
  const first = lenient.unreadable[0];
  throw new BreakdownError(
    "ENCODING_UNKNOWN",
    detail("encodingUnknown", { count: lenient.unreadable.length, firstByte: first ? first.byteOffset : null, firstBytes: first ? String(first.bytes) : "" }),
    { file },
  );
}

/** The undecodable bytes as leftovers (reason `unreadable`), so a reviewer sees what was lost and where. */
export function unreadableLeftovers(unreadable: readonly UnreadableBytes[], place: (start: number, end: number) => Place): Leftover[] {
  return unreadable.map((u) => ({
    text: u.bytes === null ? REPLACEMENT : `<${u.bytes}>${u.byteOffset === null ? "" : ` at byte ${u.byteOffset}`}`,
    reason: "unreadable" as const,
    where: place(u.offset, u.offset + u.length),
  }));
}
