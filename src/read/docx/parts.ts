import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { BreakdownError, detail } from "../../errors.js";
import { mammothError } from "./convert.js";
import { hasDtd, scanXml } from "./xml-scan.js";

/**
 * The parts of a .docx that mammoth parses as XML, found as mammoth finds them, and checked
 * before it parses any of them. mammoth opens the zip with JSZip (lib/zipfile.js: names as JSZip
 * reads them, from each entry's local header) and finds the main document part as the first
 * officeDocument target of _rels/.rels that is in the zip (lib/docx/docx-reader.js
 * findPartPaths); a guard that takes another part (the first target, even when it is missing)
 * counts the rows of a part mammoth never reads. So the paths are found by mammoth's own code,
 * over mammoth's own view of the zip, and every part it reads on the way is checked first.
 */

/** Where mammoth reads each part (lib/docx/docx-reader.js findPartPaths). */
export interface PartPaths {
  mainDocument: string;
  comments: string;
  endnotes: string;
  footnotes: string;
  numbering: string;
  styles: string;
}

/** The zip as mammoth sees it (lib/zipfile.js openArrayBuffer). */
interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

// mammoth's own modules (CommonJS, without types): the same code that reads the document.
const require = createRequire(import.meta.url);
const zipfile = require("mammoth/lib/zipfile.js") as {
  splitPath(path: string): { dirname: string; basename: string };
  joinPath(...paths: string[]): string;
};
const docxReader = require("mammoth/lib/docx/docx-reader.js") as { _findPartPaths(zip: MammothZip): Promise<PartPaths> };

/**
 * How deep elements may nest in a part mammoth reads. mammoth's recursion overflows the stack
 * at about 1,200 levels of nested tables (400 tables: tbl, tr, tc each), 2,000 of w:ins and 4,000
 * of w:sdt/w:sdtContent (measured with mammoth 1.13 on Node 20's default stack); Word documents
 * nest a few dozen levels (a table in a table, a text box in a cell). 256 leaves the reader's own
 * recursion (html-tree.ts) room, and lets 80 tables nest in one another.
 */
export const MAX_XML_DEPTH = 256;

/** What the parts mammoth reads hold, once checked. */
export interface ReadParts {
  paths: PartPaths;
  /** Inflated size of the main document part. */
  mainPartBytes: number;
  /** Table rows in the parts read with a body (the main part, notes, comments). */
  rows: number;
  /** Parts holding bytes that are not UTF-8 (mammoth reads each bad sequence as U+FFFD), with how many. */
  invalidUtf8: { part: string; sequences: number }[];
}

// Every bad sequence decodes to U+FFFD, and so does a U+FFFD written as UTF-8 (EF BF BD).
const REPLACEMENT = "\ufffd";
const REPLACEMENT_BYTES = Buffer.from(REPLACEMENT, "utf8");

/** Sequences of bytes in `bytes` that are not UTF-8 (WHATWG: one U+FFFD per maximal invalid subpart). */
export function invalidUtf8Sequences(bytes: Buffer): number {
  if (isUtf8(bytes)) return 0;
  const text = new TextDecoder("utf-8").decode(bytes);
  let decoded = 0;
  for (let k = text.indexOf(REPLACEMENT); k >= 0; k = text.indexOf(REPLACEMENT, k + 1)) decoded++;
  let written = 0;
  for (let k = bytes.indexOf(REPLACEMENT_BYTES); k >= 0; k = bytes.indexOf(REPLACEMENT_BYTES, k + REPLACEMENT_BYTES.length)) written++;
  return decoded - written;
}

interface PartCheck {
  rows: number;
  invalidUtf8: number;
}

/** Refuse a DTD or nesting deeper than MAX_XML_DEPTH in a part mammoth is about to parse. */
function checkPart(bytes: Buffer, name: string, file: string): PartCheck {
  if (hasDtd(bytes)) {
    throw new BreakdownError("DOCX_UNSAFE", detail("xmlDtd", { part: name }), { file });
  }
  const scan = scanXml(bytes, MAX_XML_DEPTH);
  if (scan.tooDeep) {
    throw new BreakdownError("DOCX_TOO_DEEP", detail("xmlTooDeep", { part: name, limit: MAX_XML_DEPTH, depth: scan.depth }), { file });
  }
  return { rows: scan.rows, invalidUtf8: invalidUtf8Sequences(bytes) };
}

/** The parts as mammoth finds them, unchecked: for a zip the guard has already checked. */
export async function findPartPaths(bytes: Uint8Array): Promise<PartPaths> {
  return docxReader._findPartPaths((await openAsMammoth(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).mammothZip);
}

/** JSZip's record of an entry's data (jszip/lib/compressedObject.js): not in its types. */
interface CompressedData {
  compressedContent?: unknown;
  compression?: { magic?: string };
  uncompressedSize?: number;
}
const DEFLATE_MAGIC = "\x08\x00";
const STORE_MAGIC = "\x00\x00";

/**
 * A part's bytes, inflated by zlib from the data JSZip found for it (several times faster than
 * JSZip's own inflate, which mammoth uses; the same bytes), never past its declared size. Through
 * JSZip when its record is not the one expected.
 */
async function partBytes(zip: JSZip, name: string): Promise<Buffer> {
  const object = zip.file(name) as (JSZip.JSZipObject & { _data?: CompressedData }) | null;
  if (!object) throw new Error(`Could not find file ${name}`);
  const data = object._data;
  const content = data?.compressedContent;
  if (content instanceof Uint8Array && typeof data?.uncompressedSize === "number") {
    if (data.compression?.magic === STORE_MAGIC) return Buffer.from(content);
    if (data.compression?.magic === DEFLATE_MAGIC) return inflateRawSync(content, { maxOutputLength: Math.max(1, data.uncompressedSize) });
  }
  return Buffer.from(await object.async("uint8array"));
}

/** The zip as mammoth sees it (lib/zipfile.js openArrayBuffer: JSZip's names, parts decoded with TextDecoder). */
async function openAsMammoth(buffer: Buffer): Promise<{ zip: JSZip; mammothZip: MammothZip }> {
  const zip = await JSZip.loadAsync(buffer);
  const mammothZip: MammothZip = {
    exists: (name) => zip.file(name) !== null,
    read: async (name, encoding) => {
      const bytes = await partBytes(zip, name);
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
  };
  return { zip, mammothZip };
}

/** mammoth's name for a part's relationships (docx-reader.js relationshipsFilename). */
function relationshipsOf(part: string): string {
  const { dirname, basename } = zipfile.splitPath(part);
  return zipfile.joinPath(dirname, "_rels", `${basename}.rels`);
}

/**
 * Find the parts mammoth reads, with its own code, and check each before it is parsed: no DTD,
 * nesting within MAX_XML_DEPTH; count the table rows of the parts read with a body and note
 * bytes that are not UTF-8. The zip must have passed the guard's size checks (every entry
 * inflates to the size it declares), so inflating a part here cannot blow up.
 */
export async function checkReadParts(bytes: Uint8Array, file: string): Promise<ReadParts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { zip, mammothZip } = await openAsMammoth(buffer).catch((error: unknown) => {
    throw mammothError(error, file);
  });
  const checked = new Map<string, PartCheck & { bytes: number }>();
  const check = async (name: string): Promise<void> => {
    if (checked.has(name) || !mammothZip.exists(name)) return;
    const data = await partBytes(zip, name).catch((error: unknown) => {
      throw mammothError(error, file);
    });
    checked.set(name, { ...checkPart(data, name, file), bytes: data.length });
  };
  // The parts mammoth reads to find the others are checked as it asks for them.
  const guarded: MammothZip = {
    exists: mammothZip.exists,
    read: async (name, encoding) => {
      await check(name);
      return mammothZip.read(name, encoding);
    },
  };
  const paths = await docxReader._findPartPaths(guarded).catch((error: unknown) => {
    throw error instanceof BreakdownError ? error : mammothError(error, file);
  });
  const withBody = [paths.mainDocument, paths.footnotes, paths.endnotes, paths.comments];
  for (const part of ["[Content_Types].xml", paths.styles, paths.numbering, ...withBody, ...withBody.map(relationshipsOf)]) await check(part);
  return {
    paths,
    mainPartBytes: checked.get(paths.mainDocument)?.bytes ?? 0,
    rows: withBody.reduce((n, part) => n + (checked.get(part)?.rows ?? 0), 0),
    invalidUtf8: [...checked].flatMap(([part, c]) => (c.invalidUtf8 > 0 ? [{ part, sequences: c.invalidUtf8 }] : [])),
  };
}
