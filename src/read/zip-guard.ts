import type { Readable } from "node:stream";
import { inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { BreakdownError, detail, type ErrorCode, type ErrorDetail } from "../errors.js";
import type { Limits } from "../options.js";
import { checkReadParts, type PartPaths, type ReadParts } from "./docx/parts.js";
import { DTD_MARKER_OVERLAP, hasDtd } from "./docx/xml-scan.js";

/**
 * Entries smaller than this are not held to the compression-ratio limit: however well they
 * compress, they cannot inflate to much (an empty header part compresses 100×, harmlessly).
 */
export const RATIO_FLOOR_BYTES = 64 * 1024;

/** Where the main document part is when _rels/.rels does not say (ECMA-376 Part 1, 11.3.10). */
const DEFAULT_MAIN_PART = "word/document.xml";

interface Inventory {
  entries: yauzl.Entry[];
  zip: yauzl.ZipFile;
}

function fail(code: ErrorCode, message: ErrorDetail, file: string, cause?: unknown): never {
  throw new BreakdownError(code, message, { file, ...(cause === undefined ? {} : { cause }) });
}

/** An entry that inflates past the size it declares: refused as a zip bomb. */
function liesAboutSize(entry: yauzl.Entry, file: string, cause?: unknown): never {
  fail("DOCX_UNSAFE", detail("zipLiesAboutSize", { entry: entry.fileName, declared: entry.uncompressedSize }), file, cause);
}

/** yauzl's messages → our codes: a path that climbs out of the archive is unsafe, the rest unreadable. */
function zipError(error: unknown, file: string): BreakdownError {
  if (error instanceof BreakdownError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/absolute path|invalid relative path/.test(message)) {
    return new BreakdownError("DOCX_UNSAFE", detail("zipPathEscapes", { reason: message }), { file, cause: error });
  }
  if (/encrypted/.test(message)) {
    return new BreakdownError("DOCX_ENCRYPTED", detail("zipEncrypted"), { file, cause: error });
  }
  return new BreakdownError("DOCX_UNREADABLE", detail("zipUnreadable", { reason: message }), { file, cause: error });
}

function openZip(bytes: Uint8Array, file: string): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (error, zip) => {
      if (error || !zip) reject(zipError(error, file));
      else resolve(zip);
    });
  });
}

/** Read the central directory only: names and declared sizes, nothing inflated. */
async function listEntries(bytes: Uint8Array, file: string, limits: Limits): Promise<Inventory> {
  const zip = await openZip(bytes, file);
  if (zip.entryCount > limits.maxZipEntries) {
    zip.close();
    fail("DOCX_UNSAFE", detail("zipTooManyEntries", { count: zip.entryCount, limit: limits.maxZipEntries }), file);
  }
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", (error) => reject(zipError(error, file)));
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        try {
          entries.push(entry);
          if (entries.length > limits.maxZipEntries) {
            fail("DOCX_UNSAFE", detail("zipMoreEntries", { limit: limits.maxZipEntries }), file);
          }
          declared += entry.uncompressedSize;
          if (declared > limits.maxUnzippedBytes) {
            fail("DOCX_UNSAFE", detail("zipTooBig", { limit: limits.maxUnzippedBytes, declared, entry: entry.fileName }), file);
          }
          if (entry.uncompressedSize > RATIO_FLOOR_BYTES) {
            const ratio = entry.compressedSize === 0 ? Infinity : entry.uncompressedSize / entry.compressedSize;
            if (ratio > limits.maxZipRatio) {
              fail("DOCX_UNSAFE", detail("zipRatio", { entry: entry.fileName, ratio: Number.isFinite(ratio) ? Math.round(ratio) : null, limit: limits.maxZipRatio, compressed: entry.compressedSize, declared: entry.uncompressedSize }), file);
            }
          }
          zip.readEntry();
        } catch (error) {
          reject(error);
        }
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return { entries, zip };
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(zipError(error, file));
      else resolve(stream);
    });
  });
}

/** A DTD or entity declaration in an XML part: refused. */
function refuseDtd(buf: Buffer, entry: yauzl.Entry, file: string): void {
  if (hasDtd(buf)) {
    fail("DOCX_UNSAFE", detail("xmlDtd", { part: entry.fileName }), file);
  }
}

const WHITESPACE_OR_NUL = new Set([0x20, 0x09, 0x0a, 0x0d, 0x00]);
const BYTE_ORDER_MARKS = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/**
 * An entry to look for a DTD in: named as XML (.xml, .rels), or whatever its name, one whose
 * bytes start like XML (a byte order mark, white space, then `<`; UTF-16's zero bytes skipped).
 * Not an SVG image: it is XML that may declare a DTD (`<!DOCTYPE svg …>`) and nothing here parses
 * it; the parts mammoth parses are checked again by name, whatever they hold (docx/parts.ts).
 */
function isXmlPart(name: string, head: Buffer): boolean {
  if (/\.(xml|rels)$/i.test(name)) return true;
  if (/\.svg$/i.test(name)) return false;
  const bom = BYTE_ORDER_MARKS.find((m) => head.subarray(0, m.length).equals(m));
  let i = bom ? bom.length : 0;
  while (i < head.length && WHITESPACE_OR_NUL.has(head[i] as number)) i++;
  return head[i] === 0x3c;
}

/**
 * Inflate one entry through yauzl's size check (it stops as soon as the data outgrows the
 * declared size, so a lying header cannot inflate further), looking for a DTD in XML parts.
 * Holds no more than one chunk.
 */
async function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<void> {
  const stream = await openEntry(zip, entry, file);
  let xml: boolean | null = null;
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      xml ??= isXmlPart(entry.fileName, chunk);
      if (!xml) continue;
      // The last bytes of the chunk before: a marker cut by the chunk boundary is seen.
      const window = tail.length ? Buffer.concat([tail, chunk]) : chunk;
      refuseDtd(window, entry, file);
      tail = Buffer.from(window.subarray(Math.max(0, window.length - DTD_MARKER_OVERLAP)));
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof BreakdownError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/too many bytes/i.test(message)) {
      liesAboutSize(entry, file, error);
    }
    throw zipError(error, file);
  }
}

/**
 * An entry up to this size (declared) is inflated at once, in this thread; a larger one is
 * streamed through yauzl, holding one chunk at a time. Streaming goes through libuv's thread pool
 * chunk by chunk: on the 1,700-row bench table the whole check took ~24 ms streamed, and the main
 * part inflates and is scanned at once in ~6 ms.
 */
export const INFLATE_AT_ONCE_BYTES = 64 * 1024 * 1024;

const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The compressed bytes of an entry, found through its local header (APPNOTE.TXT 4.3.7). */
function entryData(buffer: Buffer, entry: yauzl.Entry, file: string): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_FILE_HEADER) {
    fail("DOCX_UNREADABLE", detail("zipNoLocalHeader", { entry: entry.fileName }), file);
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buffer.length) {
    fail("DOCX_UNREADABLE", detail("zipEntryPastEnd", { entry: entry.fileName }), file);
  }
  return buffer.subarray(start, start + entry.compressedSize);
}

/**
 * Inflate one entry at once, never past its declared size (zlib stops at `maxOutputLength`, so a
 * lying header cannot inflate further), then look for a DTD as `inflateEntry` does. Same errors
 * as yauzl's stream: bigger than declared is a zip bomb, smaller or damaged data an unreadable file.
 */
function inflateAtOnce(buffer: Buffer, entry: yauzl.Entry, file: string): void {
  const data = entryData(buffer, entry, file);
  let out: Buffer;
  if (entry.compressionMethod === STORED) out = data;
  else if (entry.compressionMethod === DEFLATED) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        liesAboutSize(entry, file, error);
      }
      fail("DOCX_UNREADABLE", detail("zipEntryBroken", { entry: entry.fileName, reason: error instanceof Error ? error.message : String(error) }), file, error);
    }
  } else {
    fail("DOCX_UNREADABLE", detail("zipMethod", { entry: entry.fileName, method: entry.compressionMethod }), file);
  }
  if (out.length > entry.uncompressedSize) {
    liesAboutSize(entry, file);
  }
  if (out.length < entry.uncompressedSize) {
    fail("DOCX_UNREADABLE", detail("zipSizeMismatch", { entry: entry.fileName, size: out.length, declared: entry.uncompressedSize }), file);
  }
  if (isXmlPart(entry.fileName, out)) refuseDtd(out, entry, file);
}

/** What the archive is, when it is not a Word document: to say so in the error. */
function otherZipKind(names: ReadonlySet<string>): "xlsx" | "pptx" | "odt" | "" {
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has("content.xml") && names.has("mimetype")) return "odt";
  return "";
}

/** What the guard found: the parts mammoth will read, and what they hold. */
export interface SafeDocx {
  paths: PartPaths;
  /** Inflated size of the main document part (the .docx reader reads a large one in pieces). */
  mainPartBytes: number;
  invalidUtf8: ReadParts["invalidUtf8"];
  /** Table rows in the parts mammoth reads with a body (main part, notes, comments). */
  rows: number;
}

/**
 * Check any Office zip (a workbook: .xlsx) before anything else inflates it, as `assertSafeDocx`
 * does a .docx's: every declared size, the entry count and each entry's compression ratio against
 * the limits, then every entry inflated once, never past its declared size, and every XML part
 * scanned for a DTD. Returns the entry names. Throws DOCX_UNREADABLE, DOCX_UNSAFE or DOCX_ENCRYPTED
 * (the codes a .docx gets: they name the archive's trouble, not Word's).
 */
export async function assertSafeZip(bytes: Uint8Array, file: string, limits: Limits, atOnceBytes = INFLATE_AT_ONCE_BYTES): Promise<Set<string>> {
  const { entries, zip } = await listEntries(bytes, file, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const encrypted = entries.find((e) => e.isEncrypted());
    if (encrypted) fail("DOCX_ENCRYPTED", detail("zipEntryEncrypted", { entry: encrypted.fileName }), file);
    for (const entry of entries) {
      if (entry.uncompressedSize <= atOnceBytes) inflateAtOnce(buffer, entry, file);
      else await inflateEntry(zip, entry, file);
    }
  } finally {
    zip.close();
  }
  return new Set(entries.map((e) => e.fileName));
}

/**
 * Check a .docx archive before anything inflates it: refuse a zip bomb (declared sizes,
 * entry count, compression ratio beyond the limits), a truncated or non-zip file, an
 * archive without a main document part, XML with a DTD or entity declarations, and XML nested
 * deeper than mammoth can read. Throws a BreakdownError (DOCX_UNREADABLE, DOCX_NO_DOCUMENT,
 * DOCX_UNSAFE, DOCX_ENCRYPTED, DOCX_TOO_DEEP), or LIMIT_EXCEEDED when the parts mammoth reads
 * have more table rows than --max-rows.
 *
 * Order: the central directory is read first and every declared size checked (nothing is
 * inflated); only then is each entry inflated once, at once up to INFLATE_AT_ONCE_BYTES and
 * streamed and discarded above it, never past its declared size, so that what mammoth inflates
 * afterwards is known to fit the limits (`atOnceBytes`: the tests stream every entry with 0).
 * Every XML part (by name or by content) is scanned for <!DOCTYPE and <!ENTITY. Last, the parts
 * mammoth reads are found as mammoth finds them and checked one by one (docx/parts.ts).
 */
export async function assertSafeDocx(bytes: Uint8Array, file: string, limits: Limits, atOnceBytes = INFLATE_AT_ONCE_BYTES): Promise<SafeDocx> {
  const { entries, zip } = await listEntries(bytes, file, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new Set(entries.map((e) => e.fileName));
  const noDocument = (): never =>
    fail("DOCX_NO_DOCUMENT", detail("noMainPart", { part: DEFAULT_MAIN_PART, looksLike: otherZipKind(names) }), file);
  try {
    const encrypted = entries.find((e) => e.isEncrypted());
    if (encrypted) fail("DOCX_ENCRYPTED", detail("zipEntryEncrypted", { entry: encrypted.fileName }), file);
    // Decided from the listing alone when there is no package relationship to name another part.
    if (!names.has("_rels/.rels") && !names.has(DEFAULT_MAIN_PART)) noDocument();
    for (const entry of entries) {
      if (entry.uncompressedSize <= atOnceBytes) inflateAtOnce(buffer, entry, file);
      else await inflateEntry(zip, entry, file);
    }
  } finally {
    zip.close();
  }
  // Every entry inflates to the size it declares: the parts mammoth reads can be inflated again.
  const parts = await checkReadParts(bytes, file).catch((error: unknown) => {
    if (error instanceof BreakdownError && error.code === "DOCX_NO_DOCUMENT") noDocument();
    throw error;
  });
  // Memory grows with rows (mammoth's model, the HTML, cheerio's tree): a table far longer than
  // any real one is refused here, before mammoth reads it, not after (scripts/measure-memory.mjs).
  if (parts.rows > limits.maxRows) {
    fail("LIMIT_EXCEEDED", detail("docTooManyRows", { rows: parts.rows, limit: limits.maxRows }), file);
  }
  return { paths: parts.paths, mainPartBytes: parts.mainPartBytes, invalidUtf8: parts.invalidUtf8, rows: parts.rows };
}
