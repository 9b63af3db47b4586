import { Parser } from "htmlparser2";

/**
 * Where the body of a large document.xml can be cut so that mammoth reads it in pieces and
 * each piece, converted on its own, gives the very HTML the whole document gives for it.
 *
 * Cuts fall only between two rows of a table in the body (ECMA-376 Part 1, 17.4.38 tbl), and
 * only where mammoth carries nothing from one row to the next (lib/docx/body-reader.js):
 * - no vertical merge goes on across the cut: for every column, the first cell after the cut
 *   that starts in it is not a `<w:vMerge/>` / `w:val="continue"` (17.4.85 vMerge; mammoth's
 *   calculateRowSpans joins a continuing cell to the last cell that started in its column);
 * - no complex field is open (17.16.18 fldChar: mammoth keeps a stack of them across elements);
 * - the paragraph before the cut does not have its mark deleted (17.13.5.15: mammoth moves a
 *   paragraph with a deleted mark into the next one);
 * - the row after the cut is not a repeated header row (17.4.49 tblHeader: mammoth makes a
 *   piece's leading header rows <thead>), and is next to the row before (nothing between them).
 * A table whose children are not only tblPr, tblGrid and rows, or whose rows hold anything but
 * trPr, tblPrEx and cells, is never cut: mammoth drops every merge of such a table. Nothing is cut
 * inside a row, so a table nested in a cell stays whole. Nothing is cut in a document whose XML
 * this scan does not follow (another prefix for the main namespace, a field character where
 * mammoth does not read it, unbalanced tags).
 *
 * Note and comment references do not stop a cut. mammoth writes the notes a piece refers to
 * after the last element of that piece (lib/document-to-html.js "document"): docx-tree.ts moves
 * each piece's notes to the end, where the whole document has them, in the same order. It
 * writes comments only when a style map asks for them, and a document with its own style map is
 * read whole (docx-tree.ts). Issue 14, item 9d: one footnote reference made 49,000 rows be read
 * whole, in 2 GB.
 */

/** A place the body can be cut: the piece after it starts with the table's start reopened. */
export interface BodyCut {
  /** Offset in the XML of the `<w:tr` the piece after the cut starts with. */
  at: number;
  /** Offsets [from, to) of the table's start tag, `<w:tblPr>` and `<w:tblGrid>`: written again before the rows. */
  open: readonly [number, number];
}

export interface BodyPlan {
  /** Offset just after `<w:body>`: the XML before it starts every piece. */
  bodyFrom: number;
  /** Offset of `</w:body>`: the XML from it ends every piece. */
  bodyTo: number;
  /** The cuts chosen, in document order: pieces = cuts + 1. */
  cuts: BodyCut[];
}

// ECMA-376 Part 1 (transitional) and Part 1 strict: mammoth reads both as w:.
const MAIN_NAMESPACES = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);

// Elements mammoth reads the children of (body-reader.js xmlElementReaders): a field character
// under anything else is one mammoth never sees, and the scan cannot follow its fields.
const READ_CONTAINERS = new Set([
  "w:p", "w:r", "w:hyperlink", "w:tbl", "w:tr", "w:tc", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo",
  "w:object", "w:smartTag", "w:drawing", "w:pict", "v:roundrect", "v:shape", "v:textbox", "w:txbxContent",
  "v:group", "v:rect", "mc:Fallback",
]);

const TABLE_CHILDREN = new Set(["w:tblPr", "w:tblGrid", "w:tr"]);
const ROW_CHILDREN = new Set(["w:trPr", "w:tblPrEx", "w:tc"]);
const WHITESPACE = /^\s*$/;

interface CellScan {
  /** Grid column the cell starts in, as mammoth counts it (w:gridSpan of the cells before it). */
  column: number;
  span: number;
  continues: boolean;
}

interface RowScan {
  start: number;
  end: number;
  /** Nothing open or pending from what comes before: no field, no deleted paragraph mark, only whitespace since the row before. */
  clear: boolean;
  header: boolean;
  deleted: boolean;
  cells: CellScan[];
}

interface TableScan {
  start: number;
  firstRow: number;
  cuttable: boolean;
  rows: RowScan[];
}

/** Rows before which a table can be cut: nothing merged across, not a header row, nothing pending. */
function cutRows(table: TableScan): RowScan[] {
  // Walking up from the last row: the columns whose first cell from this row on continues a merge.
  const continuing = new Set<number>();
  const out: RowScan[] = [];
  for (let r = table.rows.length - 1; r >= 1; r--) {
    const row = table.rows[r] as RowScan;
    // mammoth drops a deleted row (17.13.5.12 del) before it merges cells: it neither continues nor stops a merge.
    if (!row.deleted) {
      for (let c = row.cells.length - 1; c >= 0; c--) {
        const cell = row.cells[c] as CellScan;
        if (cell.continues) continuing.add(cell.column);
        else continuing.delete(cell.column);
      }
    }
    if (continuing.size === 0 && row.clear && !row.header) out.push(row);
  }
  return out.reverse();
}

// How deep (elements open around it) an element the scan follows sits: w:document, w:body,
// a table in the body, its rows, what a row holds (w:tc, w:trPr), what those hold (w:tcPr,
// w:tblHeader), and what w:tcPr holds (w:vMerge, w:gridSpan).
const DEPTH = { document: 0, body: 1, bodyChild: 2, tableChild: 3, rowChild: 4, rowGrandchild: 5, cellProperty: 6 } as const;

// The `/` before the `>` of a tag that closes itself (`<w:vMerge/>`).
const SLASH = 0x2f;

/** What the scan of document.xml has seen so far, tag by tag. */
interface BodyScan {
  xml: string;
  /** Names of the elements open, outermost first. */
  stack: string[];
  /** The XML is one this scan does not follow, or one that must not be cut at all. */
  refuse: boolean;
  bodyFrom: number;
  bodyTo: number;
  /** Complex fields begun and not yet ended. */
  fields: number;
  lastParagraphDeleted: boolean;
  /** Offset of the last start tag: a tag that closes itself is closed there. */
  lastOpen: number;
  table: TableScan | null;
  row: RowScan | null;
  cell: CellScan | null;
  /** Grid column the next cell of the row starts in. */
  column: number;
  lastRowEnd: number;
  candidates: BodyCut[];
}

/**
 * Plan the pieces of a document.xml: cuts between table rows where it is safe (see above),
 * each piece at least `pieceChars` characters of XML where the cuts allow. Null when the body
 * cannot be cut, or would be one piece.
 */
export function planPieces(xml: string, pieceChars: number): BodyPlan | null {
  const scan = scanBody(xml);
  if (scan.refuse || scan.stack.length > 0 || scan.bodyFrom < 0 || scan.bodyTo < scan.bodyFrom) return null;
  const cuts = chooseCuts(scan.candidates, scan.bodyFrom, pieceChars);
  return cuts.length === 0 ? null : { bodyFrom: scan.bodyFrom, bodyTo: scan.bodyTo, cuts };
}

/** Read document.xml tag by tag: where the body starts and ends, and the rows its tables can be cut before. */
function scanBody(xml: string): BodyScan {
  const scan: BodyScan = {
    xml,
    stack: [],
    refuse: false,
    bodyFrom: -1,
    bodyTo: -1,
    fields: 0,
    lastParagraphDeleted: false,
    lastOpen: -1,
    table: null,
    row: null,
    cell: null,
    column: 0,
    lastRowEnd: -1,
    candidates: [],
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        openTag(scan, name, attributes, parser.startIndex, parser.endIndex);
      },
      onclosetag(name, implied) {
        closeTag(scan, name, implied, parser.startIndex, parser.endIndex);
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return scan;
}

/** A start tag at [start, end] (end: its `>`). */
function openTag(scan: BodyScan, name: string, attributes: Record<string, string>, start: number, end: number): void {
  scan.lastOpen = start;
  openStructure(scan, name, attributes, start, end);
  openContent(scan, name, attributes);
  scan.stack.push(name);
}

/** Follow the document, its body, the tables in the body, their rows, cells and cell properties. */
function openStructure(scan: BodyScan, name: string, attributes: Record<string, string>, start: number, end: number): void {
  const { stack } = scan;
  const depth = stack.length;
  if (depth === DEPTH.document) {
    if (name !== "w:document" || !MAIN_NAMESPACES.has(attributes["xmlns:w"] ?? "")) scan.refuse = true;
  } else if (depth === DEPTH.body) {
    if (name === "w:body") scan.bodyFrom = end + 1;
  } else if (depth === DEPTH.bodyChild && stack[DEPTH.body] === "w:body") {
    if (name === "w:tbl") {
      scan.table = { start, firstRow: -1, cuttable: true, rows: [] };
      scan.lastRowEnd = -1;
    }
  } else if (scan.table && depth === DEPTH.tableChild && stack[DEPTH.bodyChild] === "w:tbl") {
    openTableChild(scan, scan.table, name, start);
  } else if (scan.table && scan.row && depth === DEPTH.rowChild) {
    if (!ROW_CHILDREN.has(name)) scan.table.cuttable = false;
    if (name === "w:tc") scan.cell = { column: scan.column, span: 1, continues: false };
  } else if (scan.row && depth === DEPTH.rowGrandchild && stack[DEPTH.rowChild] === "w:trPr") {
    if (name === "w:tblHeader") scan.row.header = true;
    else if (name === "w:del") scan.row.deleted = true;
  } else if (scan.table && scan.cell && depth === DEPTH.cellProperty && stack[DEPTH.rowChild] === "w:tc" && stack[DEPTH.rowGrandchild] === "w:tcPr") {
    readCellProperty(scan.table, scan.cell, name, attributes);
  }
}

/** A child of a table in the body: a row starts, or (anything but tblPr and tblGrid before the rows) the table cannot be cut. */
function openTableChild(scan: BodyScan, table: TableScan, name: string, start: number): void {
  if (!TABLE_CHILDREN.has(name) || (name !== "w:tr" && table.firstRow >= 0)) table.cuttable = false;
  if (name !== "w:tr") return;
  if (table.firstRow < 0) table.firstRow = start;
  const adjacent = scan.lastRowEnd >= 0 && WHITESPACE.test(scan.xml.slice(scan.lastRowEnd, start));
  scan.row = { start, end: -1, clear: adjacent && scan.fields === 0 && !scan.lastParagraphDeleted, header: false, deleted: false, cells: [] };
  scan.column = 0;
}

/** w:vMerge and w:gridSpan of a cell (17.4.85, 17.4.17). */
function readCellProperty(table: TableScan, cell: CellScan, name: string, attributes: Record<string, string>): void {
  if (name === "w:vMerge") {
    // body-reader.js readVMerge: no w:val means continue (17.4.85).
    const val = attributes["w:val"];
    cell.continues = val === "continue" || !val;
  } else if (name === "w:gridSpan") {
    const span = attributes["w:val"] ? Number.parseInt(attributes["w:val"], 10) : 1;
    if (Number.isNaN(span)) table.cuttable = false;
    else cell.span = span;
  }
}

/** What mammoth carries from one element to the next: a deleted paragraph mark, open fields. */
function openContent(scan: BodyScan, name: string, attributes: Record<string, string>): void {
  const { stack } = scan;
  const depth = stack.length;
  if (name === "w:p") scan.lastParagraphDeleted = false;
  else if (name === "w:del" && stack[depth - 1] === "w:rPr" && stack[depth - 2] === "w:pPr" && stack[depth - 3] === "w:p") scan.lastParagraphDeleted = true;
  else if (name === "w:fldChar") {
    if (!readByMammoth(stack)) scan.refuse = true;
    const type = attributes["w:fldCharType"];
    if (type === "begin") scan.fields++;
    else if (type === "end") scan.fields = Math.max(0, scan.fields - 1);
  }
}

/** Every element open inside the body is one mammoth reads the children of. */
function readByMammoth(stack: readonly string[]): boolean {
  for (let i = DEPTH.bodyChild; i < stack.length; i++) {
    const name = stack[i] as string;
    if (READ_CONTAINERS.has(name)) continue;
    if (name === "w:sdt" && stack[i + 1] === "w:sdtContent") continue;
    if (name === "mc:AlternateContent" && stack[i + 1] === "mc:Fallback") continue;
    return false;
  }
  return true;
}

/** An end tag at [start, end] (end: its `>`), or a tag closed by another's end (`implied`). */
function closeTag(scan: BodyScan, name: string, implied: boolean, start: number, end: number): void {
  // A tag closed by another's end, or by the end of the text, is XML mammoth would refuse.
  if (implied && !(start === scan.lastOpen && scan.xml.charCodeAt(end - 1) === SLASH)) scan.refuse = true;
  if (scan.stack.pop() !== name) scan.refuse = true;
  const depth = scan.stack.length;
  if (depth === DEPTH.body && name === "w:body") scan.bodyTo = start;
  const { table, row, cell } = scan;
  if (!table) return;
  if (depth === DEPTH.rowChild && name === "w:tc" && row && cell) {
    row.cells.push(cell);
    scan.column += cell.span;
    scan.cell = null;
  } else if (depth === DEPTH.tableChild && name === "w:tr" && row) {
    row.end = end + 1;
    scan.lastRowEnd = row.end;
    table.rows.push(row);
    scan.row = null;
  } else if (depth === DEPTH.bodyChild && name === "w:tbl") {
    if (table.cuttable) for (const r of cutRows(table)) scan.candidates.push({ at: r.start, open: [table.start, table.firstRow] });
    scan.table = null;
  }
}

/** The cuts kept, in order: each piece at least `pieceChars` characters of XML from the one before. */
function chooseCuts(candidates: readonly BodyCut[], bodyFrom: number, pieceChars: number): BodyCut[] {
  const cuts: BodyCut[] = [];
  let from = bodyFrom;
  for (const cut of candidates) {
    if (cut.at - from < pieceChars) continue;
    cuts.push(cut);
    from = cut.at;
  }
  return cuts;
}

/** The document.xml of piece `i` of a plan: the XML around the body, and its slice of the body. */
export function pieceXml(xml: string, plan: BodyPlan, i: number): string {
  const before = plan.cuts[i - 1];
  const after = plan.cuts[i];
  return (
    xml.slice(0, plan.bodyFrom) +
    (before ? xml.slice(before.open[0], before.open[1]) : "") +
    xml.slice(before ? before.at : plan.bodyFrom, after ? after.at : plan.bodyTo) +
    (after ? "</w:tbl>" : "") +
    xml.slice(plan.bodyTo)
  );
}
