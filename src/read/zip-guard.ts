import { posix } from "node:path";
import type { Readable } from "node:stream";
import { inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { BreakdownError, type ErrorCode } from "../errors.js";
import type { Limits } from "../options.js";

/**
 * Entries smaller than this are not held to the compression-ratio limit: however well they
 * compress, they cannot inflate to much (an empty header part compresses 100×, harmlessly).
 */
export const RATIO_FLOOR_BYTES = 64 * 1024;

/** Where the main document part is when _rels/.rels does not say (ECMA-376 Part 1, 11.3.10). */
const DEFAULT_MAIN_PART = "word/document.xml";

const OFFICE_DOCUMENT_REL = /Type\s*=\s*["'][^"']*\/officeDocument["']/;

interface Inventory {
  entries: yauzl.Entry[];
  zip: yauzl.ZipFile;
}

function fail(code: ErrorCode, message: string, file: string, cause?: unknown): never {
  throw new BreakdownError(code, message, { file, ...(cause === undefined ? {} : { cause }) });
}

/** An entry that inflates past the size it declares: refused as a zip bomb. */
function liesAboutSize(entry: yauzl.Entry, file: string, cause?: unknown): never {
  fail("DOCX_UNSAFE", `Entry ${entry.fileName} inflates to more than its declared ${entry.uncompressedSize} bytes: the archive lies about its sizes (a zip bomb).`, file, cause);
}

/** yauzl's messages → our codes: a path that climbs out of the archive is unsafe, the rest unreadable. */
function zipError(error: unknown, file: string): BreakdownError {
  if (error instanceof BreakdownError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/absolute path|invalid relative path/.test(message)) {
    return new BreakdownError("DOCX_UNSAFE", `The archive has an entry whose path leaves the archive (${message}).`, { file, cause: error });
  }
  if (/encrypted/.test(message)) {
    return new BreakdownError("DOCX_ENCRYPTED", "The archive's entries are encrypted (a password-protected zip).", { file, cause: error });
  }
  return new BreakdownError("DOCX_UNREADABLE", `The file is not a readable zip archive (${message}): it may be truncated or damaged.`, { file, cause: error });
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
    fail("DOCX_UNSAFE", `The archive has ${zip.entryCount} entries, over the limit of ${limits.maxZipEntries} (--max-zip-entries).`, file);
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
            fail("DOCX_UNSAFE", `The archive has more than ${limits.maxZipEntries} entries (--max-zip-entries).`, file);
          }
          declared += entry.uncompressedSize;
          if (declared > limits.maxUnzippedBytes) {
            fail("DOCX_UNSAFE", `The archive's entries unzip to more than ${limits.maxUnzippedBytes} bytes (--max-unzipped-bytes); got ${declared} bytes by entry ${entry.fileName}.`, file);
          }
          if (entry.uncompressedSize > RATIO_FLOOR_BYTES) {
            const ratio = entry.compressedSize === 0 ? Infinity : entry.uncompressedSize / entry.compressedSize;
            if (ratio > limits.maxZipRatio) {
              fail("DOCX_UNSAFE", `Entry ${entry.fileName} is compressed ${Number.isFinite(ratio) ? `${Math.round(ratio)}×` : "infinitely"}, over the limit of ${limits.maxZipRatio}× (--max-zip-ratio); got ${entry.compressedSize} bytes declared to unzip to ${entry.uncompressedSize}.`, file);
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

// XML parts may be UTF-8 or UTF-16 (ECMA-376 Part 2, 8.1.4): look for the markers in each.
const DTD_MARKERS = ["<!DOCTYPE", "<!ENTITY"].flatMap((m) => [Buffer.from(m, "latin1"), Buffer.from(m, "utf16le"), Buffer.from(m, "utf16le").swap16()]);
const MARKER_OVERLAP = Math.max(...DTD_MARKERS.map((m) => m.length)) - 1;

// A table row (ECMA-376 Part 1, 17.4.79 tr), not <w:trPr> or <w:trHeight>.
const TABLE_ROW_OPEN = Buffer.from("<w:tr", "latin1");
// What may follow `<w:tr` in a row's start tag: white space, `>` or `/`.
const TABLE_ROW_NEXT = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

/**
 * Scan (part of) an XML part: refuse a DTD or entity declaration, and count the table rows whose
 * start tag ends past `after` (a streamed chunk keeps the last bytes of the one before: a row cut
 * by the boundary counts once, in the chunk where its tag ends).
 */
function scanXmlPart(buf: Buffer, entry: yauzl.Entry, file: string, after = 0): number {
  if (DTD_MARKERS.some((m) => buf.includes(m))) {
    fail("DOCX_UNSAFE", `The XML part ${entry.fileName} declares a DTD or entities (<!DOCTYPE / <!ENTITY>), which Word never writes; it is refused so that no entity is expanded.`, file);
  }
  let rows = 0;
  for (let k = buf.indexOf(TABLE_ROW_OPEN); k >= 0; k = buf.indexOf(TABLE_ROW_OPEN, k + TABLE_ROW_OPEN.length)) {
    const end = k + TABLE_ROW_OPEN.length;
    if (end + 1 > after && TABLE_ROW_NEXT.has(buf[end] ?? -1)) rows++;
  }
  return rows;
}

/**
 * Inflate one entry through yauzl's size check (it stops as soon as the data outgrows the
 * declared size, so a lying header cannot inflate further), looking for a DTD in XML parts and
 * counting their table rows. Keeps the first `keep` bytes (for _rels/.rels); holds no more
 * than one chunk otherwise.
 */
async function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string, scanXml: boolean, keep = 0): Promise<{ head: Buffer; rows: number }> {
  const stream = await openEntry(zip, entry, file);
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let rows = 0;
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (keptBytes < keep) {
        kept.push(chunk.subarray(0, keep - keptBytes));
        keptBytes += Math.min(chunk.length, keep - keptBytes);
      }
      if (scanXml) {
        const window = tail.length ? Buffer.concat([tail, chunk]) : chunk;
        // Count rows that end in this chunk, so that one cut by the chunk boundary counts once.
        rows += scanXmlPart(window, entry, file, tail.length);
        tail = Buffer.from(window.subarray(Math.max(0, window.length - MARKER_OVERLAP)));
      }
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
  return { head: Buffer.concat(kept), rows };
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
    fail("DOCX_UNREADABLE", `The file is not a readable zip archive (no local header for ${entry.fileName} where the directory puts it): it may be truncated or damaged.`, file);
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buffer.length) {
    fail("DOCX_UNREADABLE", `The file is not a readable zip archive (${entry.fileName} runs past its end): it may be truncated or damaged.`, file);
  }
  return buffer.subarray(start, start + entry.compressedSize);
}

/**
 * Inflate one entry at once, never past its declared size (zlib stops at `maxOutputLength`, so a
 * lying header cannot inflate further), then look for a DTD and count table rows as
 * `inflateEntry` does. Same errors as yauzl's stream: bigger than declared is a zip bomb,
 * smaller or damaged data an unreadable file.
 */
function inflateAtOnce(buffer: Buffer, entry: yauzl.Entry, file: string, scanXml: boolean, keep: number): { head: Buffer; rows: number } {
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
      fail("DOCX_UNREADABLE", `The file is not a readable zip archive (${entry.fileName}: ${error instanceof Error ? error.message : String(error)}): it may be truncated or damaged.`, file, error);
    }
  } else {
    fail("DOCX_UNREADABLE", `The file is not a readable zip archive (${entry.fileName} uses compression method ${entry.compressionMethod}, which Word never writes).`, file);
  }
  if (out.length > entry.uncompressedSize) {
    liesAboutSize(entry, file);
  }
  if (out.length < entry.uncompressedSize) {
    fail("DOCX_UNREADABLE", `The file is not a readable zip archive (${entry.fileName} inflates to ${out.length} bytes, not the ${entry.uncompressedSize} it declares): it may be truncated or damaged.`, file);
  }
  const rows = scanXml ? scanXmlPart(out, entry, file) : 0;
  return { head: Buffer.from(out.subarray(0, keep)), rows };
}

/** The main document part named by _rels/.rels (its officeDocument relationship), if any. */
function mainPartFromRels(rels: string): string | null {
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!OFFICE_DOCUMENT_REL.test(tag)) continue;
    const target = /Target\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
    if (!target) continue;
    return posix.normalize(target.replace(/^\/+/, ""));
  }
  return null;
}

/** What the archive is, when it is not a Word document: to say so in the error. */
function describeOtherZip(names: ReadonlySet<string>): string {
  if (names.has("xl/workbook.xml")) return " It looks like an Excel workbook (.xlsx).";
  if (names.has("ppt/presentation.xml")) return " It looks like a PowerPoint presentation (.pptx).";
  if (names.has("content.xml") && names.has("mimetype")) return " It looks like an OpenDocument file (.odt); save it as .docx.";
  return "";
}

/**
 * Check a .docx archive before anything inflates it: refuse a zip bomb (declared sizes,
 * entry count, compression ratio beyond the limits), a truncated or non-zip file, an
 * archive without word/document.xml, and XML with a DTD or entity declarations.
 * Throws a BreakdownError (DOCX_UNREADABLE, DOCX_NO_DOCUMENT, DOCX_UNSAFE, DOCX_ENCRYPTED), or
 * LIMIT_EXCEEDED when the main document has more table rows than --max-rows. Returns the size of
 * the main document part, inflated (the .docx reader reads a large one in pieces).
 *
 * Order: the central directory is read first and every declared size checked (nothing is
 * inflated); only then is each entry inflated once, at once up to INFLATE_AT_ONCE_BYTES and
 * streamed and discarded above it, never past its declared size, so that what mammoth inflates
 * afterwards is known to fit the limits (`atOnceBytes`: the tests stream every entry with 0).
 * XML parts (.xml, .rels) are scanned for <!DOCTYPE and <!ENTITY.
 */
export async function assertSafeDocx(bytes: Uint8Array, file: string, limits: Limits, atOnceBytes = INFLATE_AT_ONCE_BYTES): Promise<{ mainPartBytes: number }> {
  const { entries, zip } = await listEntries(bytes, file, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const names = new Set(entries.map((e) => e.fileName));
    const encrypted = entries.find((e) => e.isEncrypted());
    if (encrypted) fail("DOCX_ENCRYPTED", `The archive's entries are encrypted (${encrypted.fileName}): a password-protected zip.`, file);
    const relsEntry = entries.find((e) => e.fileName === "_rels/.rels");
    const noDocument = (): never =>
      fail("DOCX_NO_DOCUMENT", `The zip archive has no ${DEFAULT_MAIN_PART}, so it is not a Word document.${describeOtherZip(names)}`, file);
    // Decided from the listing alone when there is no package relationship to name another part.
    if (!relsEntry && !names.has(DEFAULT_MAIN_PART)) noDocument();
    let mainPart = DEFAULT_MAIN_PART;
    const rowsIn = new Map<string, number>();
    for (const entry of entries) {
      const isXml = /\.(xml|rels)$/i.test(entry.fileName);
      const keep = entry === relsEntry ? 64 * 1024 : 0;
      const { head, rows } =
        entry.uncompressedSize <= atOnceBytes ? inflateAtOnce(buffer, entry, file, isXml, keep) : await inflateEntry(zip, entry, file, isXml, keep);
      rowsIn.set(entry.fileName, rows);
      if (entry === relsEntry) mainPart = mainPartFromRels(head.toString("utf8")) ?? DEFAULT_MAIN_PART;
    }
    if (!names.has(mainPart) && !names.has(DEFAULT_MAIN_PART)) noDocument();
    // Memory grows with rows (mammoth's model, the HTML, cheerio's tree): a table far longer than
    // any real one is refused here, before mammoth reads it, not after (scripts/measure-memory.mjs).
    const read = names.has(mainPart) ? mainPart : DEFAULT_MAIN_PART;
    const rows = rowsIn.get(read) ?? 0;
    if (rows > limits.maxRows) {
      fail("LIMIT_EXCEEDED", `The document has ${rows} table rows, over the limit of ${limits.maxRows} (--max-rows).`, file);
    }
    // Inflating checked that each entry is the size it declares.
    return { mainPartBytes: entries.find((e) => e.fileName === read)?.uncompressedSize ?? 0 };
  } finally {
    zip.close();
  }
}
