import JSZip from "jszip";
import { BreakdownError, detail } from "../../errors.js";
import type { Message } from "../../model/message.js";
import { planPieces, pieceXml } from "./body-split.js";
import { combineMessages, convertDocx, toMessages, type MammothMessage } from "./convert.js";
import { appendTree, readHtml, splitNotes, type DocxTree } from "./html-tree.js";
import { findPartPaths } from "./parts.js";
import { scanXml } from "./xml-scan.js";

/** When a document is read in pieces, and how large they are. */
export interface SplitSettings {
  /** A main document part (word/document.xml) larger than this many bytes is read in pieces. */
  aboveBytes: number;
  /** Characters of body XML in a piece, at least (where the table's rows allow a cut). */
  pieceChars: number;
}

/**
 * Measured on the bench's generated tables (.bench/inputs, about 1,000 bytes of XML and 620
 * characters per row): peak RSS of `breakdown parse` on the 17,000-row .docx (17 MB of XML),
 * all formats / --format json, was 1,003 / 1,156 MB read whole (mammoth alone: 878 MB); in
 * pieces of 1.2 M characters 569–605 / 517–562 MB, of 600 k 509 / 548 MB, of 300 k (about 500
 * rows) 468 / 470 MB, at the same wall time (8–10 s). A part up to 4 MB (about 4,000 rows,
 * 340 MB whole) is read whole as before: the 1,700-row bench table (1.7 MB) is never cut.
 */
export const SPLIT: SplitSettings = { aboveBytes: 4 * 1024 * 1024, pieceChars: 300_000 };

export interface DocxTreeRead {
  tree: DocxTree;
  messages: Message[];
  /** How many pieces mammoth read the document in (1: whole). */
  pieces: number;
}

// mammoth reads a style map saved in the document (lib/docx/style-map.js): its mappings could join elements across pieces.
const EMBEDDED_STYLE_MAP = "mammoth/style-map";

/** An XML part's text, decoded as mammoth decodes it (lib/zipfile.js: TextDecoder, UTF-8, the byte order mark dropped); null for UTF-16. */
async function partText(zip: JSZip, name: string): Promise<string | null> {
  const data = await zip.file(name)?.async("uint8array").catch(() => null);
  // XML in UTF-16 (ECMA-376 Part 2, 8.1.4) is read whole.
  if (!data || (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return null;
  return new TextDecoder("utf-8").decode(data);
}

/**
 * Convert a large .docx in pieces (body-split.ts): each piece a package with the same parts
 * and a document.xml holding a slice of the body, converted by mammoth and walked by cheerio
 * in turn, its tree joined to those before it and its HTML let go before the next, so that
 * memory holds one piece's HTML and DOM at a time. Null when the body cannot be cut.
 */
async function readInPieces(bytes: Uint8Array, file: string, pieceChars: number, mainPart: string | null, bound?: RowBound): Promise<DocxTreeRead | null> {
  // Anything wrong with the zip is for mammoth to report, reading it whole.
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  if (!zip || zip.file(EMBEDDED_STYLE_MAP)) return null;
  const xml = mainPart === null ? null : await partText(zip, mainPart);
  const plan = mainPart === null || xml === null ? null : planPieces(xml, pieceChars);
  if (mainPart === null || xml === null || !plan) return null;

  const tree: DocxTree = { body: [], tables: [] };
  const messages: MammothMessage[][] = [];
  // Each piece's notes, kept for the end: the whole document has them after its last element.
  let notes = "";
  for (let i = 0; i <= plan.cuts.length; i++) {
    const pieceText = pieceXml(xml, plan, i);
    // A piece as long as the table (a cell merged down the whole table allows no cut inside it) is read whole.
    if (bound) refuseWholeRead(scanXml(Buffer.from(pieceText, "utf8")).rows, bound, file);
    // Stored, not deflated: mammoth reads it straight back. The other parts keep their compressed bytes.
    zip.file(mainPart, pieceText, { compression: "STORE" });
    const piece = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const converted = await convertDocx(piece, file);
    const html = splitNotes(converted.html);
    notes += html.notes;
    if (!appendTree(tree, readHtml(html.body), i > 0)) return null;
    messages.push(converted.messages);
  }
  if (notes !== "" && !appendTree(tree, readHtml(notes), false)) return null;
  return { tree, messages: toMessages(combineMessages(messages)), pieces: plan.cuts.length + 1 };
}

/**
 * Read whole, a document may have this share of --max-rows: mammoth holds its XML, its model and
 * the HTML at once. Measured (peak RSS, `--format json`): the bench's 17,000 rows read whole
 * 1.0–1.25 GB; 49,000 rows read whole 2.7 GB (scripts/make-noted-docx.mjs before notes were cut).
 * A third of the default 50,000 (16,666 rows) stays under 1.5 GB; a table that cannot be cut
 * into pieces and is longer is refused, not read into 3 GB.
 */
export const WHOLE_READ_SHARE = 1 / 3;

/** Refuse to convert at once (a whole document, or one piece) more rows than WHOLE_READ_SHARE of --max-rows. */
function refuseWholeRead(rows: number, bound: RowBound, file: string): void {
  const most = Math.floor(bound.maxRows * WHOLE_READ_SHARE);
  if (rows <= most) return;
  throw new BreakdownError(
    "LIMIT_EXCEEDED",
    detail("rowsUncuttable", { rows, most, limit: bound.maxRows }),
    { file },
  );
}

/** What the guard counted: the table rows of the parts mammoth reads, and --max-rows. */
export interface RowBound {
  rows: number;
  maxRows: number;
}

/**
 * The .docx as a tree of paragraphs and tables: mammoth's HTML walked with cheerio. A main part
 * larger than `split.aboveBytes` is converted in pieces cut between table rows; the tree, the
 * messages and the table and row numbers are those of the document converted whole. `mainPart`
 * is the main document part the zip guard checked (found as mammoth finds it); without it, it is
 * found here the same way. A large part that cannot be cut, with more rows than WHOLE_READ_SHARE
 * of --max-rows (`bound`), is refused with LIMIT_EXCEEDED.
 */
export async function readDocxTree(bytes: Uint8Array, file: string, mainPartBytes: number, split: SplitSettings = SPLIT, mainPart?: string, bound?: RowBound): Promise<DocxTreeRead> {
  if (mainPartBytes > split.aboveBytes) {
    const part = mainPart ?? (await findPartPaths(bytes).catch(() => null))?.mainDocument ?? null;
    const read = await readInPieces(bytes, file, split.pieceChars, part, bound);
    if (read) return read;
    if (bound) refuseWholeRead(bound.rows, bound, file);
  }
  const converted = await convertDocx(bytes, file);
  return { tree: readHtml(converted.html), messages: toMessages(converted.messages), pieces: 1 };
}
